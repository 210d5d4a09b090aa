package io.guanxi.sales.lead.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressLimiterTests {

	private final SteppedClock clock = new SteppedClock(Instant.parse("2026-12-05T08:00:00Z"));

	private final AddressLimiter limiter = new AddressLimiter(FormTokensTests.settings("secret"), clock);

	@Test
	void anAddressGetsItsLimitPerWindowAndThenAgainInTheNextOne() {
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		clock.advance(1);
		assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
		clock.advance(1);
		assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
		assertThat(limiter.tryAcquire("10.0.0.2")).as("another address").isTrue();
		clock.advance(598);
		assertThat(limiter.tryAcquire("10.0.0.1")).as("the next window").isTrue();
	}

	/** A clock that stands still until the test moves it on. */
	private static final class SteppedClock extends Clock {

		private Instant now;

		SteppedClock(Instant start) {
			this.now = start;
		}

		void advance(long seconds) {
			now = now.plusSeconds(seconds);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
