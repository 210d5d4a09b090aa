package io.guanxi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in English and in Chinese. */
class MessagesTests {

	@Test
	void englishAndChineseHaveTheSameKeys() throws IOException {
		Properties english = load("/messages.properties");
		Properties chinese = load("/messages_zh.properties");
		assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void noChineseTextIsLeftInEnglish() throws IOException {
		Properties chinese = load("/messages_zh.properties");
		Properties english = load("/messages.properties");
		assertThat(chinese.stringPropertyNames())
			.filteredOn(key -> chinese.getProperty(key).equals(english.getProperty(key)))
			.as("keys whose Chinese text is still the English one")
			.isEmpty();
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
