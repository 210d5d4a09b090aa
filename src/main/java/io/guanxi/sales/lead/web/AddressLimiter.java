package io.guanxi.sales.lead.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.guanxi.sales.lead.LeadSettings;
import org.springframework.stereotype.Component;

/**
 * At most so many public form submissions per IP address and window (a fixed window that
 * starts with an address's first submission). Kept in memory on each node: a limit per
 * node is enough to blunt a flood, and a restart forgets nothing worth keeping. Past
 * {@value #MAX_ADDRESSES} addresses the windows that ended are dropped, so the memory
 * stays bounded.
 */
@Component
class AddressLimiter {

	static final int MAX_ADDRESSES = 10_000;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final int limit;

	private final Duration window;

	AddressLimiter(LeadSettings settings) {
		this.limit = settings.webForm().maxPerAddress();
		this.window = settings.webForm().window();
	}

	/** Counts a submission; false when the address is over its limit. */
	boolean tryAcquire(String address, Instant now) {
		if (windows.size() > MAX_ADDRESSES) {
			windows.values().removeIf(open -> open.endsBefore(now));
		}
		Window counted = windows.compute(address,
				(key, open) -> open == null || open.endsBefore(now) ? new Window(now.plus(window), 1) : open.next());
		return counted.count() <= limit;
	}

	private record Window(Instant end, int count) {

		boolean endsBefore(Instant now) {
			return !end.isAfter(now);
		}

		Window next() {
			return new Window(end, count + 1);
		}

	}

}
