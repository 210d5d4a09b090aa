package io.guanxi.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Runs one call from N closed-loop clients: a warm-up, then a timed phase whose latencies go into
 * an HdrHistogram. Closed-loop clients wait for each answer, so the figures are service times under
 * that concurrency, not an open-arrival latency.
 */
final class Measurement {

	interface Call {

		void run() throws Exception;

	}

	record Stats(double p50, double p95, double p99, double throughput, long count) {
	}

	private final Duration warmUp;

	private final Duration duration;

	Measurement(Duration warmUp, Duration duration) {
		this.warmUp = warmUp;
		this.duration = duration;
	}

	String describe() {
		return warmUp.toSeconds() + " s warm-up, then " + duration.toSeconds() + " s";
	}

	Stats measure(int clients, Call call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			phase(pool, clients, call, warmUp, null, new LongAdder());
			Recorder recorder = new Recorder(3);
			LongAdder count = new LongAdder();
			long started = System.nanoTime();
			phase(pool, clients, call, duration, recorder, count);
			double seconds = (System.nanoTime() - started) / 1e9;
			Histogram histogram = recorder.getIntervalHistogram();
			return new Stats(millis(histogram, 50), millis(histogram, 95), millis(histogram, 99), count.sum() / seconds,
					count.sum());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void phase(ExecutorService pool, int clients, Call call, Duration length, Recorder recorder,
			LongAdder count) throws Exception {
		long deadline = System.nanoTime() + length.toNanos();
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			running.add(pool.submit(() -> {
				while (System.nanoTime() < deadline) {
					long start = System.nanoTime();
					call.run();
					if (recorder != null) {
						recorder.recordValue(System.nanoTime() - start);
						count.increment();
					}
				}
				return null;
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
	}

	private static double millis(Histogram histogram, double percentile) {
		return histogram.getValueAtPercentile(percentile) / 1e6;
	}

}
