package io.guanxi.platform;

import java.util.List;

/**
 * A text in no language yet, so that a notification reads in the language of whoever
 * opens it: a message key with its arguments, each either plain text (a name, a date) or
 * again a message key with arguments (a buying role, "title (role)").
 */
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
