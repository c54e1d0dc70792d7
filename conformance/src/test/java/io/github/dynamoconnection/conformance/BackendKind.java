package io.github.dynamoconnection.conformance;

/**
 * The servers every scenario runs against; the label names the scenario's invocation in reports,
 * e.g. {@code putThenGet [moto]}.
 */
enum BackendKind {

	/** The embedded engine behind its in-process {@code SdkHttpClient} (no socket). */
	EMBEDDED_INPROCESS("embedded-inprocess"),

	/** The embedded engine's HTTP face on 127.0.0.1, reached with the apache5 client. */
	EMBEDDED_HTTP("embedded-http"),

	/** {@code moto_server}, the reference, started by the suite on a free port. */
	MOTO("moto");

	private final String label;

	BackendKind(String label) {
		this.label = label;
	}

	/** The name shown for this backend in test reports. */
	String label() {
		return label;
	}

	@Override
	public String toString() {
		return label;
	}

}
