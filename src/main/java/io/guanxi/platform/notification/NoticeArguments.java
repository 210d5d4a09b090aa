package io.guanxi.platform.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.guanxi.platform.NoticeText;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Stores the arguments of a notice as JSON ({@code [{"text": "张伟"}, {"key":
 * "…role.CHAMPION", "args": []}]}) and renders a stored notice in a language.
 */
@Component
public class NoticeArguments {

	static final int MAX_LENGTH = 4000;

	private static final String TEXT = "text";

	private static final String KEY = "key";

	private static final String ARGS = "args";

	private final JsonMapper json;

	private final MessageSource messages;

	NoticeArguments(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	public String write(List<NoticeText> args) {
		String written = json.writeValueAsString(array(args));
		if (written.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("The arguments of a notice take at most " + MAX_LENGTH + " characters");
		}
		return written;
	}

	/** The message in {@code locale}; a key that no longer exists shows as itself. */
	public String render(String key, String storedArgs, Locale locale) {
		return messages.getMessage(key, resolvable(json.readTree(storedArgs)), key, locale);
	}

	private ArrayNode array(List<NoticeText> args) {
		ArrayNode array = json.createArrayNode();
		for (NoticeText arg : args) {
			if (arg instanceof NoticeText.Message message) {
				array.addObject().put(KEY, message.key()).set(ARGS, array(message.args()));
			}
			else if (arg instanceof NoticeText.Plain plain) {
				array.addObject().put(TEXT, plain.value());
			}
		}
		return array;
	}

	/**
	 * Plain texts stay strings; keys become resolvables, which the message source
	 * translates in the same locale before it fills them in.
	 */
	private static Object[] resolvable(JsonNode array) {
		List<Object> args = new ArrayList<>();
		for (JsonNode node : array) {
			if (node.has(KEY)) {
				String key = node.get(KEY).asString();
				JsonNode nested = node.get(ARGS);
				Object[] nestedArgs = nested == null ? new Object[0] : resolvable(nested);
				MessageSourceResolvable message = new DefaultMessageSourceResolvable(new String[] { key }, nestedArgs,
						key);
				args.add(message);
			}
			else {
				args.add(node.path(TEXT).asString());
			}
		}
		return args.toArray();
	}

}
