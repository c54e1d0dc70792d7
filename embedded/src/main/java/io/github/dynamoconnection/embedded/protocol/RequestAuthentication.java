package io.github.dynamoconnection.embedded.protocol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.github.dynamoconnection.embedded.contract.EngineException;

/**
 * DynamoDB's authentication front, in its order: an {@code Authorization} header must be there
 * ({@code MissingAuthenticationTokenException}), hold {@code Credential}, {@code Signature} and
 * {@code SignedHeaders} with an {@code X-Amz-Date} or {@code Date} header
 * ({@code IncompleteSignatureException}), and be dated within 15 minutes of the engine's clock
 * ({@code InvalidSignatureException}, from which the AWS SDKs correct their clock). When
 * {@link SignatureVerifier credentials} are configured, the access key must be known
 * ({@code UnrecognizedClientException}) and the signature must match.
 */
public final class RequestAuthentication {

	private static final Duration MAX_SKEW = Duration.ofMinutes(15);

	private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	/** The last date header parsed: the SDKs send the same one for every request within a second. */
	private volatile ParsedDate lastDate = new ParsedDate("", false, Instant.EPOCH);

	/** The last credential parsed, with its scope. */
	private volatile ParsedScope lastScope = new ParsedScope("", null);

	private final SignatureVerifier verifier;

	/**
	 * @param clock the clock signature dates are compared with
	 * @param verifier checks signatures, {@code null} to accept any signature
	 */
	public RequestAuthentication(Clock clock, SignatureVerifier verifier) {
		this.clock = clock;
		this.verifier = verifier;
	}

	/**
	 * Checks a request's authentication.
	 * @return the credential scope the request was signed for
	 * @throws EngineException DynamoDB's authentication error when the request fails a check
	 */
	public CredentialScope check(ProtocolRequest request) {
		String authorization = request.header("authorization");
		String text = (authorization != null) ? authorization.trim() : null;
		if (text == null || !text.startsWith("AWS4-")) {
			throw new EngineException("MissingAuthenticationTokenException", "Request is missing Authentication Token");
		}
		Parameters parameters = Parameters.of(text);
		String amzDate = request.header("x-amz-date");
		String date = (amzDate != null) ? amzDate : request.header("date");
		StringBuilder missing = new StringBuilder();
		requireParameter(missing, "Credential", parameters.credential());
		requireParameter(missing, "Signature", parameters.signature());
		requireParameter(missing, "SignedHeaders", parameters.signedHeaders());
		if (date == null) {
			missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
		}
		if (missing.length() > 0) {
			throw incomplete(missing + "Authorization=" + authorization);
		}
		Instant signedAt = cachedParseDate(date, amzDate != null);
		checkSkew(signedAt);
		CredentialScope scope = scope(parameters);
		if (verifier != null) {
			verifier.verify(request, scope, parameters.value(parameters.signedHeaders()),
					parameters.value(parameters.signature()), signedAt);
		}
		return scope;
	}

	private static void requireParameter(StringBuilder missing, String name, int valueStart) {
		if (valueStart < 0) {
			missing.append("Authorization header requires '").append(name).append("' parameter. ");
		}
	}

	private void checkSkew(Instant signedAt) {
		Instant now = clock.instant();
		if (signedAt.isBefore(now.minus(MAX_SKEW))) {
			throw invalidSignature("Signature expired: " + BASIC.format(signedAt) + " is now earlier than "
					+ BASIC.format(now.minus(MAX_SKEW)) + " (" + BASIC.format(now) + " - 15 min.)");
		}
		if (signedAt.isAfter(now.plus(MAX_SKEW))) {
			throw invalidSignature("Signature not yet current: " + BASIC.format(signedAt) + " is still later than "
					+ BASIC.format(now.plus(MAX_SKEW)) + " (" + BASIC.format(now) + " + 15 min.)");
		}
	}

	private Instant cachedParseDate(String text, boolean basicFormat) {
		ParsedDate last = lastDate;
		if (last.basicFormat() == basicFormat && last.text().equals(text)) {
			return last.instant();
		}
		Instant parsed = parseDate(text, basicFormat);
		lastDate = new ParsedDate(text, basicFormat, parsed);
		return parsed;
	}

	private static Instant parseDate(String text, boolean basicFormat) {
		try {
			return basicFormat ? Instant.from(BASIC.parse(text))
					: ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw incomplete("Date must be in ISO-8601 'basic format'. Got '" + text
					+ "'. See http://en.wikipedia.org/wiki/ISO_8601");
		}
	}

	/** The scope of the {@code Credential} parameter, parsed once per distinct credential (the SDKs repeat theirs). */
	private CredentialScope scope(Parameters parameters) {
		ParsedScope last = lastScope;
		if (parameters.valueEquals(parameters.credential(), last.credential())) {
			return last.scope();
		}
		String credential = parameters.value(parameters.credential());
		CredentialScope scope = CredentialScope.parse(credential);
		lastScope = new ParsedScope(credential, scope);
		return scope;
	}

	static EngineException incomplete(String message) {
		return new EngineException("IncompleteSignatureException", message);
	}

	static EngineException invalidSignature(String message) {
		return new EngineException("InvalidSignatureException", message);
	}

	private record ParsedDate(String text, boolean basicFormat, Instant instant) {
	}

	private record ParsedScope(String credential, CredentialScope scope) {
	}

	/**
	 * Where the non-empty values of {@code Credential}, {@code Signature} and {@code SignedHeaders}
	 * start in a trimmed {@code AWS4-HMAC-SHA256 Credential=a/b/c/d/e, SignedHeaders=h1;h2, Signature=s}
	 * ({@code -1} when absent or empty): the words after the first, split at runs of commas and
	 * spaces, each {@code name=value}, in any order, the last of a name winning. Scanned by hand
	 * rather than by a regular expression or into a map, and values cut out only when needed: it
	 * runs on every request.
	 */
	private record Parameters(String text, int credential, int signature, int signedHeaders) {

		static Parameters of(String text) {
			int credential = -1;
			int signature = -1;
			int signedHeaders = -1;
			int start = nextSeparator(text, 0);
			while (start < text.length()) {
				while (start < text.length() && isSeparator(text.charAt(start))) {
					start++;
				}
				int end = nextSeparator(text, start);
				int equals = text.indexOf('=', start);
				if (equals > start && equals < end) {
					int value = (equals + 1 < end) ? equals + 1 : -1;
					if (isName(text, start, equals, "Credential")) {
						credential = value;
					}
					else if (isName(text, start, equals, "Signature")) {
						signature = value;
					}
					else if (isName(text, start, equals, "SignedHeaders")) {
						signedHeaders = value;
					}
				}
				start = end;
			}
			return new Parameters(text, credential, signature, signedHeaders);
		}

		/** The value starting at {@code start}. */
		String value(int start) {
			return text.substring(start, nextSeparator(text, start));
		}

		/** Whether the value starting at {@code start} is {@code expected}, without cutting it out. */
		boolean valueEquals(int start, String expected) {
			return nextSeparator(text, start) - start == expected.length() && text.startsWith(expected, start);
		}

		private static boolean isName(String text, int start, int end, String name) {
			return end - start == name.length() && text.startsWith(name, start);
		}

		private static int nextSeparator(String text, int from) {
			int at = from;
			while (at < text.length() && !isSeparator(text.charAt(at))) {
				at++;
			}
			return at;
		}

		private static boolean isSeparator(char c) {
			return c == ',' || c == ' ';
		}

	}

}
