package io.github.dynamoconnection.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * The heap a load keeps alive, probed while it runs: at a quarter, half and three quarters of the
 * items made, a full collection and then the heap still used (so garbage is left out and what the
 * load holds on to, e.g. every request of a batch prepared up front, is counted). Probing costs
 * collections, so a probed round is never a timed one.
 */
final class HeapProbe {

	private static final double MB = 1024 * 1024;

	private final int items;

	private double peakMb;

	HeapProbe(int items) {
		this.items = items;
	}

	/** Called with each item's index as the load makes it; probes at the quarter points. */
	void made(int index) {
		if (items >= 4 && (index == items / 4 || index == items / 2 || index == items * 3 / 4)) {
			System.gc();
			peakMb = Math.max(peakMb, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB);
		}
	}

	/** The most heap used at any probe, in MB. */
	double peakMb() {
		return peakMb;
	}

	/** A probe that never probes, for timed rounds. */
	static HeapProbe none() {
		return new HeapProbe(0);
	}

}
