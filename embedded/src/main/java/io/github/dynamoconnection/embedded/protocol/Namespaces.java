package io.github.dynamoconnection.embedded.protocol;

import java.util.Map;
import java.util.regex.Pattern;

import io.github.dynamoconnection.embedded.contract.Namespace;

/**
 * Which namespace (account and region) a request runs in: the region of its SigV4 credential
 * scope and the account its access key maps to (every unmapped key is the default account), or
 * the engine's default namespace for every request when the database is shared.
 */
public final class Namespaces {

	private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

	private final String defaultAccountId;

	private final Map<String, String> accountsByAccessKey;

	private final boolean shared;

	/** The last scope resolved (by identity), so that its requests share one namespace object. */
	private volatile Resolved lastResolved;

	/**
	 * @param defaultAccountId the account of access keys not in the mapping
	 * @param accountsByAccessKey account ids by access key id
	 * @param shared whether every request runs in the engine's default namespace
	 */
	public Namespaces(String defaultAccountId, Map<String, String> accountsByAccessKey, boolean shared) {
		checkAccountId(defaultAccountId);
		accountsByAccessKey.values().forEach(Namespaces::checkAccountId);
		this.defaultAccountId = defaultAccountId;
		this.accountsByAccessKey = Map.copyOf(accountsByAccessKey);
		this.shared = shared;
	}

	/** Every request in one namespace per region, every access key in the default account {@code 000000000000}. */
	public static Namespaces perRegion() {
		return new Namespaces("000000000000", Map.of(), false);
	}

	/**
	 * Checks an account id: twelve digits.
	 * @throws IllegalArgumentException when it is not one
	 */
	public static void checkAccountId(String accountId) {
		if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
			throw new IllegalArgumentException("an account id is 12 digits, was '" + accountId + "'");
		}
	}

	/** The namespace of a request signed with this scope; {@code null} (the default) when shared. */
	Namespace of(CredentialScope scope) {
		if (shared || scope == null) {
			return null;
		}
		if (scope.region().isEmpty()) {
			throw RequestAuthentication.incomplete("Credential should be scoped to a valid region, not ''. ");
		}
		Resolved last = lastResolved;
		if (last != null && last.scope() == scope) {
			return last.namespace();
		}
		Namespace namespace = new Namespace(accountsByAccessKey.getOrDefault(scope.accessKeyId(), defaultAccountId),
				scope.region());
		lastResolved = new Resolved(scope, namespace);
		return namespace;
	}

	/** A scope and its namespace: the authentication hands the same scope object to consecutive requests. */
	private record Resolved(CredentialScope scope, Namespace namespace) {
	}

}
