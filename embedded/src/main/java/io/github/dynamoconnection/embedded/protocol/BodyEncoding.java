package io.github.dynamoconnection.embedded.protocol;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import io.github.dynamoconnection.embedded.contract.EngineException;

/**
 * {@code Content-Encoding: gzip} on requests and {@code Accept-Encoding: gzip} on responses, as
 * DynamoDB handles them: a compressed request body is inflated before it is read (the 16 MB cap
 * applies to the inflated size), and an answer is compressed when the client accepts gzip.
 */
final class BodyEncoding {

	static final String GZIP = "gzip";

	private BodyEncoding() {
	}

	/** Whether a {@code Content-Encoding} value says the body is gzip-compressed. */
	static boolean isGzip(String contentEncoding) {
		return contentEncoding != null && contentEncoding.trim().toLowerCase(Locale.ROOT).equals(GZIP);
	}

	/** Whether an {@code Accept-Encoding} value lists gzip with a non-zero weight. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
			String[] parts = coding.trim().split(";");
			if (parts[0].trim().equals(GZIP) && !(parts.length > 1 && parts[1].trim().matches("q=0(\\.0*)?"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Inflates a gzip body.
	 * @throws EngineException SerializationException for a body that is not gzip,
	 * RequestEntityTooLargeException (413) when it inflates past {@code maxBytes}
	 */
	static byte[] gunzip(byte[] body, int offset, int length, int maxBytes) {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body, offset, length))) {
			byte[] inflated = in.readNBytes(maxBytes + 1);
			if (inflated.length > maxBytes) {
				throw new EngineException("RequestEntityTooLargeException", "Request body exceeds the maximum request size of "
						+ maxBytes + " bytes once decompressed", 413, null);
			}
			return inflated;
		}
		catch (IOException ex) {
			throw new EngineException("SerializationException",
					"Content-Encoding gzip, but the body is not valid gzip data: " + ex.getMessage());
		}
	}

	/** Compresses an answer. */
	static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 2));
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // a ByteArrayOutputStream never fails
		}
		return out.toByteArray();
	}

}
