package io.guanxi.platform;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A text in no language yet, so that a notification reads in the language of whoever
 * opens it: a message key with its arguments, each either plain text (a name, a date) or
 * again a message key with arguments (a buying role, "title (role)").
 * <p>
 * It may travel inside events, which the event publication registry keeps as JSON: the
 * fields tell the two kinds apart ({@code value} or {@code key} and {@code args}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({ @JsonSubTypes.Type(NoticeText.Plain.class), @JsonSubTypes.Type(NoticeText.Message.class) })
public sealed interface NoticeText {

	/** Plain text, shown as it is: names and other user data. */
	static NoticeText plain(String value) {
		return new Plain(value);
	}

	/** A message of {@code messages*.properties}, with its arguments. */
	static Message message(String key, NoticeText... args) {
		return new Message(key, List.of(args));
	}

	record Plain(String value) implements NoticeText {

	}

	record Message(String key, List<NoticeText> args) implements NoticeText {

		public Message {
			args = List.copyOf(args);
		}

	}

}
