package io.guanxi.sales.lead.web;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressLimiterTests {

	private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

	private final AddressLimiter limiter = new AddressLimiter(FormTokensTests.settings("secret"));

	@Test
	void anAddressGetsItsLimitPerWindowAndThenAgainInTheNextOne() {
		assertThat(limiter.tryAcquire("10.0.0.1", NOW)).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1", NOW.plusSeconds(1))).isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1", NOW.plusSeconds(2))).isFalse();
		assertThat(limiter.tryAcquire("10.0.0.2", NOW.plusSeconds(2))).as("another address").isTrue();
		assertThat(limiter.tryAcquire("10.0.0.1", NOW.plusSeconds(600))).as("the next window").isTrue();
	}

}
