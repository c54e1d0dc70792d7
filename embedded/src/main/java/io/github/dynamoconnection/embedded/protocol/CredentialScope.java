package io.github.dynamoconnection.embedded.protocol;

/**
 * The scope a SigV4 request was signed for: {@code <accessKey>/<date>/<region>/<service>/aws4_request}.
 * @param accessKeyId the access key id
 * @param date the scope's date, {@code yyyyMMdd}
 * @param region the region, e.g. {@code us-east-1}
 * @param service the signing name, e.g. {@code dynamodb}
 */
public record CredentialScope(String accessKeyId, String date, String region, String service) {

	/**
	 * Reads the {@code Credential} parameter of an {@code Authorization} header.
	 * @throws io.github.dynamoconnection.embedded.contract.EngineException IncompleteSignatureException
	 * when it has not exactly five slash-delimited elements
	 */
	static CredentialScope parse(String credential) {
		int end = credential.length();
		while (end > 0 && credential.charAt(end - 1) == '/') {
			end--;
		}
		String trimmed = credential.substring(0, end);
		String[] parts = trimmed.split("/", -1);
		if (parts.length != 5) {
			throw RequestAuthentication.incomplete("Credential must have exactly 5 slash-delimited elements, "
					+ "e.g. keyid/date/region/service/term, got '" + credential + "'");
		}
		return new CredentialScope(parts[0], parts[1], parts[2], parts[3]);
	}

	/** The string-to-sign's scope, {@code date/region/service/aws4_request}. */
	@Override
	public String toString() {
		return date + "/" + region + "/" + service + "/aws4_request";
	}

}
