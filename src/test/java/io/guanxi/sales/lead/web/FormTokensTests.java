package io.guanxi.sales.lead.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.guanxi.sales.lead.LeadSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormTokensTests {

	private static final Instant ISSUED = Instant.parse("2026-12-05T08:00:00Z");

	private final FormTokens tokens = new FormTokens(settings("secret"));

	@Test
	void aTokenIsAcceptedBetweenTheMinimumFillTimeAndTheMaximumAge() {
		String token = tokens.issue(ISSUED);

		assertThat(tokens.check(token, ISSUED.plusSeconds(2))).isEqualTo(FormTokens.Verdict.TOO_FAST);
		assertThat(tokens.check(token, ISSUED.plusSeconds(3))).isEqualTo(FormTokens.Verdict.ACCEPTED);
		assertThat(tokens.check(token, ISSUED.plus(Duration.ofHours(23)))).isEqualTo(FormTokens.Verdict.ACCEPTED);
		assertThat(tokens.check(token, ISSUED.plus(Duration.ofHours(25)))).isEqualTo(FormTokens.Verdict.EXPIRED);
	}

	@Test
	void aChangedTimestampOrAnotherSecretIsRefused() {
		String token = tokens.issue(ISSUED);
		String earlier = ISSUED.minusSeconds(60).toEpochMilli() + token.substring(token.indexOf('.'));

		assertThat(tokens.check(earlier, ISSUED.plusSeconds(5))).isEqualTo(FormTokens.Verdict.INVALID);
		assertThat(new FormTokens(settings("other")).check(token, ISSUED.plusSeconds(5)))
			.isEqualTo(FormTokens.Verdict.INVALID);
		assertThat(tokens.check(null, ISSUED)).isEqualTo(FormTokens.Verdict.INVALID);
		assertThat(tokens.check("garbage", ISSUED)).isEqualTo(FormTokens.Verdict.INVALID);
	}

	@Test
	void withoutAConfiguredSecretEachStartDrawsItsOwn() {
		String token = new FormTokens(settings("")).issue(ISSUED);

		assertThat(new FormTokens(settings("")).check(token, ISSUED.plusSeconds(5)))
			.isEqualTo(FormTokens.Verdict.INVALID);
	}

	static LeadSettings settings(String secret) {
		return new LeadSettings(List.of(),
				new LeadSettings.WebForm(secret, Duration.ofSeconds(3), Duration.ofDays(1), 2, Duration.ofMinutes(10)));
	}

}
