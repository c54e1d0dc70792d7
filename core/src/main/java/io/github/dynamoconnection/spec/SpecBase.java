package io.github.dynamoconnection.spec;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The copying steps every public spec and options class shares: {@code toBuilder()}, and serving
 * as the {@code Consumer<Builder>} of another call (a built value copies itself onto the builder).
 * Each level below adds its settings and copies them in {@link #copyTo}, after its super's.
 *
 * @param <B> the builder of the concrete value
 */
public abstract class SpecBase<B> implements Consumer<B> {

	private final Supplier<B> newBuilder;

	/**
	 * A value that copies itself onto builders.
	 * @param newBuilder makes a new, empty builder of the concrete value (for {@link #toBuilder()})
	 */
	protected SpecBase(Supplier<B> newBuilder) {
		this.newBuilder = newBuilder;
	}

	/** {@code builder} after {@code filler} has filled it in. */
	protected static <T> T filled(T builder, Consumer<? super T> filler) {
		filler.accept(builder);
		return builder;
	}

	/**
	 * The value {@code spec} describes, for the {@code of(Consumer)} of each concrete value: {@code spec}
	 * itself when it is a built {@code type} (immutable, so used as given, not copied), else a new
	 * builder filled in by {@code spec} and built.
	 */
	protected static <V, B> V built(Class<V> type, Consumer<B> spec, Supplier<B> newBuilder, Function<B, V> build) {
		return type.isInstance(spec) ? type.cast(spec) : build.apply(filled(newBuilder.get(), spec));
	}

	/** A builder holding this value, to change some of it. */
	public B toBuilder() {
		return filled(newBuilder.get(), this);
	}

	/** Copies this value onto {@code builder}: a built value serves wherever a {@code Consumer<Builder>} is taken. */
	@Override
	public void accept(B builder) {
		copyTo(builder);
	}

	/** Copies this level's settings onto {@code builder} (each subclass adds its own, after super's). */
	protected abstract void copyTo(B builder);

	/**
	 * The root of the builders: setters return the concrete builder.
	 *
	 * @param <S> the concrete builder
	 */
	public abstract static class Builder<S extends Builder<S>> {

		protected Builder() {
		}

		/** This builder as its concrete type. */
		@SuppressWarnings("unchecked")
		protected final S self() {
			return (S) this;
		}

	}

}
