package io.github.dynamoconnection.embedded.engine;

import io.github.dynamoconnection.embedded.contract.Namespace;

import io.github.dynamoconnection.embedded.contract.Engine;

import io.github.dynamoconnection.embedded.contract.EngineException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import tools.jackson.databind.node.ObjectNode;

/**
 * One {@link InMemoryEngine} per namespace (account and region), as DynamoDB keeps tables: each
 * request runs in the namespace it was signed for, with that namespace's region and account in its
 * ARNs and stream records. A namespace's engine starts on its first request. Requests without a
 * namespace run in the default one (the settings' region and account). Thread-safe.
 */
public final class NamespacedEngine implements Engine {

	private final EngineSettings settings;

	private final Namespace defaultNamespace;

	private final ConcurrentMap<Namespace, InMemoryEngine> engines = new ConcurrentHashMap<>();

	private volatile boolean closed;

	/** The namespace object of the last request and its engine: consecutive requests mostly share it. */
	private volatile Found lastFound;

	/** An engine whose default namespace is the settings' account and region. */
	public NamespacedEngine(EngineSettings settings) {
		this.settings = settings;
		this.defaultNamespace = new Namespace(settings.accountId(), settings.region());
		engines.put(defaultNamespace, new InMemoryEngine(settings));
	}

	@Override
	public ObjectNode execute(String operation, ObjectNode request) {
		return execute(null, operation, request);
	}

	@Override
	public ObjectNode execute(Namespace namespace, String operation, ObjectNode request) {
		return engine((namespace != null) ? namespace : defaultNamespace).execute(operation, request);
	}

	@Override
	public byte[] executeStreaming(Namespace namespace, String operation, byte[] body, int offset, int length) {
		return engine((namespace != null) ? namespace : defaultNamespace).executeStreaming(null, operation, body,
				offset, length);
	}

	private InMemoryEngine engine(Namespace namespace) {
		Found last = lastFound;
		if (last != null && last.namespace() == namespace) {
			return last.engine();
		}
		InMemoryEngine engine = engines.get(namespace);
		if (engine != null) {
			lastFound = new Found(namespace, engine);
			return engine;
		}
		synchronized (engines) {
			if (closed) {
				throw new EngineException("InternalServerError", "The engine is closed", 500, null);
			}
			return engines.computeIfAbsent(namespace,
					key -> new InMemoryEngine(settings.withAccountId(key.accountId()).withRegion(key.region())));
		}
	}

	@Override
	public List<Namespace> namespaces() {
		List<Namespace> namespaces = new ArrayList<>();
		namespaces.add(defaultNamespace);
		for (Namespace namespace : engines.keySet()) {
			if (!namespace.equals(defaultNamespace)) {
				namespaces.add(namespace);
			}
		}
		return namespaces;
	}

	/** Runs one TTL sweep of every namespace now; returns the items deleted. */
	public int sweepExpiredItems() {
		int deleted = 0;
		for (InMemoryEngine engine : engines.values()) {
			deleted += engine.sweepExpiredItems();
		}
		return deleted;
	}

	@Override
	public void close() {
		synchronized (engines) {
			closed = true;
		}
		engines.values().forEach(InMemoryEngine::close);
	}

	private record Found(Namespace namespace, InMemoryEngine engine) {
	}

}
