package io.guanxi.sales.lead.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.guanxi.sales.lead.LeadSettings;
import org.springframework.stereotype.Component;

/**
 * At most so many public form submissions per IP address and window: a token bucket per
 * address that refills all at once when its window ends. Kept in memory on each node: a
 * limit per node is enough to blunt a flood, and a restart forgets nothing worth keeping.
 * An address's bucket is dropped a window after its last submission, and at most
 * {@value #MAX_ADDRESSES} are kept, so the memory stays bounded.
 */
@Component
class AddressLimiter {

	static final int MAX_ADDRESSES = 10_000;

	private final Cache<String, Bucket> buckets;

	private final Bandwidth limit;

	private final TimeMeter time;

	AddressLimiter(LeadSettings settings, Clock clock) {
		int perWindow = settings.webForm().maxPerAddress();
		Duration window = settings.webForm().window();
		this.limit = Bandwidth.builder().capacity(perWindow).refillIntervally(perWindow, window).build();
		this.buckets = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterAccess(window).build();
		this.time = new ClockTime(clock);
	}

	/** Counts a submission; false when the address is over its limit. */
	boolean tryAcquire(String address) {
		return buckets.get(address, key -> Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build())
			.tryConsume(1);
	}

	/** The application's clock as the buckets' time, so that a test can move it on. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
