#!/usr/bin/env python3
"""Ahead-of-time processing: builds the sample app with `spring-boot:process-aot` (Maven profile
`aot`), starts the jar with -Dspring.aot.enabled=true against the standalone engine, and checks
that it serves its API and that the embedded-engine decision frozen at build time does not
misfire (no "not used" warning when dynamodb.host is set). Runs after `./mvnw -B verify`.
"""
import json
import os
import sys
import tempfile
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from readme_commands import ROOT, block, free_port, http_get, run, start, stop, wait_for  # noqa: E402

JAR = "sample-app/target/dynamo-connection-sample-0.1.0-SNAPSHOT.jar"


def post(url, body):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read().decode("utf-8")


def main():
    run("./mvnw -B -q -pl sample-app -am package -Paot -DskipTests", "the sample app's AOT build")
    engine_port = free_port()
    engine_log = os.path.join(tempfile.gettempdir(), f"aot-engine-{os.getpid()}.log")
    engine = start(block("standalone").strip().replace("8000", str(engine_port)), engine_log)
    try:
        wait_for("the standalone engine did not start",
                 lambda: "listening on" in open(engine_log, encoding="utf-8").read(), engine, engine_log, 60)
        port = free_port()
        app_log = os.path.join(tempfile.gettempdir(), f"aot-sample-{os.getpid()}.log")
        app = start("AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local java -Dspring.aot.enabled=true -jar " + JAR
                    + f" --dynamodb.host=http://127.0.0.1:{engine_port} --server.port={port}"
                    + " --server.address=127.0.0.1", app_log)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_for("the AOT-processed sample app did not become ready",
                     lambda: '"UP"' in http_get(base + "/actuator/health/readiness"), app, app_log, 300)
            post(base + "/forums", {"name": "AOT", "category": "Ahead of time", "description": "process-aot"})
            post(base + "/forums/AOT/threads", {"subject": "Native", "message": "hints?", "author": "alice",
                                               "tags": ["aot"]})
            threads = http_get(base + "/forums/AOT/threads")
            if '"subject":"Native"' not in threads:
                sys.exit(f"FAILED: the AOT-processed sample app did not serve the thread it stored:\n{threads}")
            log = open(app_log, encoding="utf-8", errors="replace").read()
            if "Starting AOT-processed" not in log:
                sys.exit("FAILED: the sample app did not run its AOT-generated code")
            if "is on the class path but not used" in log:
                sys.exit("FAILED: the embedded-engine warning frozen at build time fired with dynamodb.host set")
            print("aot: the AOT-processed sample app served its API with -Dspring.aot.enabled=true")
        finally:
            stop(app)
            os.remove(app_log)
    finally:
        stop(engine)
        os.remove(engine_log)


if __name__ == "__main__":
    main()
