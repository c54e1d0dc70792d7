#!/usr/bin/env python3
"""Runs README.md's commands the way a newcomer would, after `./mvnw -B verify` built everything.

Each command is read from README (the fenced block after a `<!-- ci:NAME -->` marker), so README
cannot drift from what is proven here. Fixed ports in README (8000, 8080) become free ports.
Every process started here runs in its own session and is stopped by its process group id.
"""
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def block(name):
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as readme:
        text = readme.read()
    match = re.search(r"<!-- ci:" + re.escape(name) + r" -->\n```[a-z]*\n(.*?)```", text, re.S)
    if not match:
        sys.exit(f"README.md has no code block marked ci:{name}")
    return match.group(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(command, log_path):
    log = open(log_path, "w", encoding="utf-8")
    return subprocess.Popen(["bash", "-c", command], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)


def stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


def wait_for(what, check, process, log_path, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.5)
    with open(log_path, encoding="utf-8", errors="replace") as log:
        print(log.read()[-4000:], file=sys.stderr)
    sys.exit(f"FAILED: {what}")


def run(command, what):
    result = subprocess.run(["bash", "-ec", command], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        sys.exit(f"FAILED: {what}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def check_standalone_engine():
    port = free_port()
    log_path = os.path.join(tempfile.gettempdir(), f"readme-standalone-engine-{os.getpid()}.log")
    engine = start(block("standalone").strip().replace("8000", str(port)), log_path)
    try:
        wait_for("the standalone engine did not print its listening line",
                 lambda: "listening on" in open(log_path, encoding="utf-8").read(), engine, log_path, 60)
        print(f"readme: standalone engine listening on port {port}")
        if shutil.which("aws") is None:
            print("readme: SKIPPED the AWS CLI and boto3 examples: the aws command is not installed")
            return
        run(block("aws-cli").replace("8000", str(port)), "README's AWS CLI example")
        printed = run("python3 - <<'PY'\n" + block("boto3").replace("8000", str(port)) + "PY\n", "README's boto3 example")
        if printed.strip() != "{'N': '1'}":
            sys.exit(f"FAILED: README's boto3 example printed {printed!r}, README says {{'N': '1'}}")
        print("readme: AWS CLI and boto3 examples passed against the standalone engine")
        check_streams_examples(port)
        check_sample_jar_against(port)
    finally:
        stop(engine)
        os.remove(log_path)


def check_streams_examples(port):
    printed = run(block("aws-cli-streams").replace("8000", str(port)), "README's AWS CLI streams example")
    if printed.strip().splitlines()[-1] != "INSERT":
        sys.exit(f"FAILED: README's AWS CLI streams example printed {printed!r}, README says INSERT")
    printed = run("python3 - <<'PY'\n" + block("boto3-streams").replace("8000", str(port)) + "PY\n",
                  "README's boto3 streams example")
    if printed.strip() != "[('INSERT', 'posted'), ('MODIFY', 'edited')]":
        sys.exit(f"FAILED: README's boto3 streams example printed {printed!r}")
    print("readme: AWS CLI and boto3 streams examples passed against the standalone engine")


def http_get(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def check_sample_jar_against(engine_port):
    port = free_port()
    log_path = os.path.join(tempfile.gettempdir(), f"readme-sample-jar-{os.getpid()}.log")
    command = block("run-jar").strip().replace("8000", str(engine_port)) + f" --server.port={port}"
    app = start(command, log_path)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for("the sample jar did not become ready", lambda: '"UP"' in http_get(base + "/actuator/health/readiness"),
                 app, log_path, 300)
        health = http_get(base + "/actuator/health")
        if f"127.0.0.1:{engine_port}" not in health and f"localhost:{engine_port}" not in health:
            sys.exit(f"FAILED: the sample jar does not report the standalone engine as its endpoint:\n{health}")
        forum = http_get(base + "/forums/AWS")
        if '"category":"Amazon Web Services"' not in forum:
            sys.exit(f"FAILED: the sample jar does not read the forum the AWS CLI example put:\n{forum}")
        print("readme: the sample jar ran against the standalone engine with --dynamodb.host")
    finally:
        stop(app)
        os.remove(log_path)


def check_sample_app():
    port = free_port()
    log_path = os.path.join(tempfile.gettempdir(), f"readme-sample-app-{os.getpid()}.log")
    command = (block("run-sample").strip()
               + f" '-Dspring-boot.run.arguments=--server.port={port} --server.address=127.0.0.1'")
    app = start(command, log_path)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for("the sample app did not become ready", lambda: '"UP"' in http_get(base + "/actuator/health/readiness"),
                 app, log_path, 300)
        print(f"readme: sample app ready on port {port} (started with README's command)")
        log = open(log_path, encoding="utf-8", errors="replace").read()
        for line in block("sample-log").splitlines():
            if line.replace("8080", str(port)) not in log:
                sys.exit(f"FAILED: the sample app's log lacks README's line: {line}")
        output = run(block("sample-curl").replace("localhost:8080", f"127.0.0.1:{port}"), "README's curl examples")
        for expected in ('"name":"AWS"', '"subject":"DynamoDB"', '"views":1', '"status":"UP"', '"dynamodb"'):
            if expected not in output:
                sys.exit(f"FAILED: README's curl examples did not answer {expected}:\n{output}")
        print("readme: curl examples answered as README says")
    finally:
        stop(app)
        os.remove(log_path)


def main():
    ci_run = open(os.path.join(ROOT, ".ci", "run"), encoding="utf-8").read()
    if block("verify").strip() not in ci_run:
        sys.exit("FAILED: .ci/run does not run README's test command " + block("verify").strip())
    check_standalone_engine()
    check_sample_app()
    print("readme: every README command ran as written")


if __name__ == "__main__":
    main()
