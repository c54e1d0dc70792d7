package io.github.dynamoconnection.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One side of a pair set: an instance of a JMH benchmark class with its {@code @Param} fields set,
 * set up once ({@code @Setup(Level.Trial)}) and kept for the whole pair set, so that a peer server
 * started in the set-up (moto, dynalite, the standalone engine) starts once, not per iteration.
 * Supports what our benchmarks use: {@code @State(Scope.Benchmark)}, no-argument {@code @Benchmark}
 * methods, Trial and Iteration set-up and tear-down.
 */
final class BenchmarkSide implements AutoCloseable {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Written once per thread and iteration so that no result is dead code. */
	static volatile Object sink;

	private final Object instance;

	private final String label;

	BenchmarkSide(Class<?> type, Map<String, String> params) {
		State state = type.getAnnotation(State.class);
		if (state != null && state.value() != Scope.Benchmark) {
			throw new IllegalArgumentException(type.getSimpleName() + " is @State(" + state.value()
					+ "); the pair runner supports Scope.Benchmark only");
		}
		try {
			instance = type.getConstructor().newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalArgumentException("Cannot create " + type.getName() + " (public no-argument constructor?)", ex);
		}
		for (Field field : type.getFields()) {
			Param param = field.getAnnotation(Param.class);
			if (param != null && !params.containsKey(field.getName()) && param.value().length > 0) {
				set(field, param.value()[0]);
			}
		}
		params.forEach((name, value) -> set(paramField(type, name), value));
		label = String.join(",", params.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).toList());
		lifecycle(Setup.class, Level.Trial);
	}

	String label() {
		return label;
	}

	/** The named no-argument {@code @Benchmark} method of the class. */
	static Method benchmark(Class<?> type, String name) {
		try {
			Method method = type.getMethod(name);
			if (method.isAnnotationPresent(Benchmark.class)) {
				return method;
			}
		}
		catch (NoSuchMethodException ex) {
			// reported below with the methods there are
		}
		List<String> names = new ArrayList<>();
		for (Method method : type.getMethods()) {
			if (method.isAnnotationPresent(Benchmark.class)) {
				names.add(method.getName() + (method.getParameterCount() > 0 ? "(with arguments: unsupported)" : ""));
			}
		}
		throw new IllegalArgumentException("No no-argument @Benchmark method '" + name + "' in "
				+ type.getSimpleName() + "; it has " + names);
	}

	/**
	 * Calls the method from {@code threads} threads at once for about {@code seconds}, between the
	 * iteration set-up and tear-down; returns {calls made by all threads, wall-clock nanoseconds,
	 * CPU nanoseconds of the calling threads}. Garbage collection's time is not in the CPU figure:
	 * its pauses' wall time, all the JVM reports, grows with the machine's load, not with the code.
	 */
	long[] run(Method method, int threads, double seconds) {
		lifecycle(Setup.class, Level.Iteration);
		CountDownLatch ready = new CountDownLatch(threads);
		CountDownLatch go = new CountDownLatch(1);
		long[] calls = new long[threads];
		long[] cpu = new long[threads];
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Stop stop = new Stop();
		Thread[] workers = new Thread[threads];
		for (int t = 0; t < threads; t++) {
			int index = t;
			workers[t] = new Thread(() -> {
				ready.countDown();
				Object last = null;
				long done = 0;
				long cpuStart = THREADS.getCurrentThreadCpuTime();
				try {
					go.await();
					cpuStart = THREADS.getCurrentThreadCpuTime();
					while (!stop.now) {
						last = method.invoke(instance);
						done++;
					}
				}
				catch (InvocationTargetException ex) {
					failure.compareAndSet(null, ex.getCause());
				}
				catch (Throwable ex) {
					failure.compareAndSet(null, ex);
				}
				calls[index] = done;
				cpu[index] = THREADS.getCurrentThreadCpuTime() - cpuStart;
				sink = last;
			}, "pair-" + label + "-" + t);
			workers[t].start();
		}
		try {
			ready.await();
			long start = System.nanoTime();
			go.countDown();
			Thread.sleep((long) (seconds * 1000));
			stop.now = true;
			for (Thread worker : workers) {
				worker.join();
			}
			long elapsed = System.nanoTime() - start;
			if (failure.get() != null) {
				throw new IllegalStateException(label + " " + method.getName() + " failed", failure.get());
			}
			long total = 0;
			long cpuTotal = 0;
			for (int t = 0; t < threads; t++) {
				total += calls[t];
				cpuTotal += cpu[t];
			}
			return new long[] { total, elapsed, cpuTotal };
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			lifecycle(TearDown.class, Level.Iteration);
		}
	}

	@Override
	public void close() {
		lifecycle(TearDown.class, Level.Trial);
	}

	private static Field paramField(Class<?> type, String name) {
		try {
			Field field = type.getField(name);
			if (field.isAnnotationPresent(Param.class)) {
				return field;
			}
		}
		catch (NoSuchFieldException ex) {
			// reported below with the fields there are
		}
		List<String> names = new ArrayList<>();
		for (Field field : type.getFields()) {
			if (field.isAnnotationPresent(Param.class)) {
				names.add(field.getName() + "=" + String.join("|", field.getAnnotation(Param.class).value()));
			}
		}
		throw new IllegalArgumentException("No @Param field '" + name + "' in " + type.getSimpleName() + "; it has " + names);
	}

	private void set(Field field, String value) {
		try {
			Class<?> type = field.getType();
			Object converted = (type == int.class) ? Integer.valueOf(value)
					: (type == long.class) ? Long.valueOf(value) : (type == boolean.class) ? Boolean.valueOf(value) : value;
			field.set(instance, converted);
		}
		catch (IllegalAccessException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("Cannot set @Param " + field.getName() + "=" + value, ex);
		}
	}

	private void lifecycle(Class<? extends java.lang.annotation.Annotation> kind, Level level) {
		for (Method method : instance.getClass().getMethods()) {
			Level declared = (kind == Setup.class) ? levelOf(method.getAnnotation(Setup.class))
					: levelOf(method.getAnnotation(TearDown.class));
			if (declared == level) {
				try {
					method.invoke(instance);
				}
				catch (InvocationTargetException ex) {
					throw new IllegalStateException(method.getName() + " of " + label + " failed", ex.getCause());
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
			else if (declared == Level.Invocation) {
				throw new IllegalArgumentException(method.getName() + ": Level.Invocation is unsupported by the pair runner");
			}
		}
	}

	private static Level levelOf(java.lang.annotation.Annotation annotation) {
		if (annotation instanceof Setup setup) {
			return setup.value();
		}
		return (annotation instanceof TearDown tearDown) ? tearDown.value() : null;
	}

	/** The flag the workers poll; its own object so that the JIT cannot hoist the read. */
	private static final class Stop {

		volatile boolean now;

	}

}
