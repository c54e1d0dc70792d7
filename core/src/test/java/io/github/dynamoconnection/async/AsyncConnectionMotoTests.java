package io.github.dynamoconnection.async;

import java.net.URI;

import io.github.dynamoconnection.testsupport.MotoServer;
import io.github.dynamoconnection.testsupport.MotoServerExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link AsyncConnection} against moto_server, over Netty. */
@ExtendWith(MotoServerExtension.class)
class AsyncConnectionMotoTests extends AsyncConnectionContract {

	private final MotoServer moto;

	AsyncConnectionMotoTests(MotoServer moto) {
		this.moto = moto;
	}

	@Override
	URI endpoint() {
		return moto.endpoint();
	}

}
