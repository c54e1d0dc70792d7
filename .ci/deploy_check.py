#!/usr/bin/env python3
"""Publishes the project to a staging directory the way a release would, and proves the result.

Runs `./mvnw -B deploy -DaltDeploymentRepository=local::file:target/staging` (tests skipped: verify
ran them just before), then checks that every published module has its jar, sources and javadoc
jars and its publishing metadata, that the internal modules are absent, that the BOM pins the AWS
SDK version the build tests with, and finally builds and tests a fresh application that takes
dynamo-connection from the staging repository only (through the BOM, the starter and the test
module), against a local repository that holds everything else but none of dynamo-connection.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STAGING = os.path.join(ROOT, "target", "staging")
GROUP = os.path.join(STAGING, "io", "github", "dynamoconnection")
VERSION = "0.1.0-SNAPSHOT"
NS = {"m": "http://maven.apache.org/POM/4.0.0"}
PUBLISHED_JARS = ["dynamo-connection", "dynamo-connection-embedded", "dynamo-connection-spring-boot",
                  "dynamo-connection-spring-boot-starter", "dynamo-connection-spring-boot-test"]
PUBLISHED_POMS = ["dynamo-connection-parent", "dynamo-connection-dependencies"]
INTERNAL = ["dynamo-connection-test-support", "dynamo-connection-conformance", "dynamo-connection-benchmarks",
            "dynamo-connection-sample", "dynamo-connection-spring-cloud-aws-it"]


def fail(message):
    sys.exit("FAILED: " + message)


def pom_text(path, field):
    node = ET.parse(path).getroot().find(field, NS)
    return None if node is None else (node.text or "").strip() or node


def check_bom_pins_the_tested_sdk():
    tested = pom_text(os.path.join(ROOT, "pom.xml"), "m:properties/m:aws-sdk.version")
    pinned = pom_text(os.path.join(ROOT, "dependencies", "pom.xml"), "m:properties/m:aws-sdk.version")
    if tested != pinned:
        fail(f"the BOM pins AWS SDK {pinned}, the build tests with {tested}")
    print(f"deploy: the BOM pins AWS SDK {pinned}, the version the build tests with")


def deploy():
    shutil.rmtree(STAGING, ignore_errors=True)
    result = subprocess.run(["./mvnw", "-B", "-q", "deploy", "-DaltDeploymentRepository=local::file:target/staging",
                             "-DskipTests", "-Dmaven.install.skip=true"], cwd=ROOT, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        fail("./mvnw -B deploy -DaltDeploymentRepository=local::file:target/staging")


def files_of(artifact):
    directory = os.path.join(GROUP, artifact, VERSION)
    return os.listdir(directory) if os.path.isdir(directory) else []


def check_published():
    for artifact in PUBLISHED_JARS:
        names = files_of(artifact)
        for kind in ("jar", "pom", "sources.jar", "javadoc.jar"):
            if not any(re.fullmatch(rf"{re.escape(artifact)}-0\.1\.0-\d{{8}}\.\d{{6}}-\d+(-{kind}|\.{kind})", n)
                       for n in names):
                fail(f"{artifact} was published without its {kind}: {sorted(names)}")
    for artifact in PUBLISHED_JARS + PUBLISHED_POMS:
        poms = [n for n in files_of(artifact) if n.endswith(".pom")]
        if not poms:
            fail(f"{artifact} was not published")
        pom = os.path.join(GROUP, artifact, VERSION, poms[0])
        required = ["m:name", "m:description"]
        if artifact in PUBLISHED_POMS:
            required += ["m:url", "m:licenses/m:license/m:name", "m:scm/m:url", "m:developers/m:developer/m:name"]
        for field in required:
            if not pom_text(pom, field):
                fail(f"{artifact}'s pom lacks {field}")
    for artifact in INTERNAL:
        if os.path.exists(os.path.join(GROUP, artifact)):
            fail(f"the internal module {artifact} was published")
    print("deploy: every published module has its jar, sources, javadoc and metadata; internal modules are absent")


FRESH_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>fresh-app</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <repositories>
    <repository>
      <id>staging</id>
      <url>file://STAGING</url>
      <snapshots><enabled>true</enabled></snapshots>
    </repository>
  </repositories>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.github.dynamoconnection</groupId>
        <artifactId>dynamo-connection-dependencies</artifactId>
        <version>VERSION</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <version>BOOT</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>io.github.dynamoconnection</groupId>
      <artifactId>dynamo-connection-spring-boot-starter</artifactId>
    </dependency>
    <dependency>
      <groupId>io.github.dynamoconnection</groupId>
      <artifactId>dynamo-connection-spring-boot-test</artifactId>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-test</artifactId>
      <scope>test</scope>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.1</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>3.5.4</version>
      </plugin>
    </plugins>
  </build>
</project>
"""

FRESH_APP = """package com.example.fresh;

import io.github.dynamoconnection.Connection;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;

@SpringBootApplication
public class FreshApplication {

	@Service
	public static class Greetings {

		private final Connection connection;

		public Greetings(Connection connection) {
			this.connection = connection;
		}

		public void save(String name) {
			connection.putItem("Greeting", java.util.Map.of("name", name, "text", "hello " + name));
		}

		public Object text(String name) {
			return connection.getItem("Greeting", name).item().get("text");
		}

	}

}
"""

FRESH_TEST = """package com.example.fresh;

import org.junit.jupiter.api.Test;

import io.github.dynamoconnection.test.autoconfigure.DynamoDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DynamoDbTest(properties = "dynamodb.tables.Greeting.hash-key.name=name")
@Import(FreshApplication.Greetings.class)
class GreetingsTests {

	@Autowired
	FreshApplication.Greetings greetings;

	@Test
	void savesAndReads() {
		greetings.save("ada");
		assertThat(greetings.text("ada")).isEqualTo("hello ada");
	}

}
"""


def build_fresh_app():
    boot = pom_text(os.path.join(ROOT, "pom.xml"), "m:properties/m:spring-boot.version")
    work = tempfile.mkdtemp(prefix="fresh-app-")
    try:
        repository = os.path.join(work, "repository")
        # everything the local repository holds, hard-linked, but none of dynamo-connection
        source = os.path.expanduser("~/.m2/repository")
        if subprocess.run(["cp", "-al", source, repository], stderr=subprocess.DEVNULL).returncode != 0:
            shutil.rmtree(repository, ignore_errors=True)
            subprocess.run(["cp", "-a", source, repository], check=True)  # another file system: copy
        shutil.rmtree(os.path.join(repository, "io", "github", "dynamoconnection"), ignore_errors=True)
        app = os.path.join(work, "app")
        os.makedirs(os.path.join(app, "src/main/java/com/example/fresh"))
        os.makedirs(os.path.join(app, "src/test/java/com/example/fresh"))
        with open(os.path.join(app, "pom.xml"), "w") as pom:
            pom.write(FRESH_POM.replace("STAGING", STAGING).replace("VERSION", VERSION).replace("BOOT", boot))
        with open(os.path.join(app, "src/main/java/com/example/fresh/FreshApplication.java"), "w") as source:
            source.write(FRESH_APP)
        with open(os.path.join(app, "src/test/java/com/example/fresh/GreetingsTests.java"), "w") as source:
            source.write(FRESH_TEST)
        result = subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-f", os.path.join(app, "pom.xml"),
                                 "-Dmaven.repo.local=" + repository, "test"], cwd=ROOT, stdin=subprocess.DEVNULL,
                                capture_output=True, text=True)
        if result.returncode != 0:
            fail("a fresh application did not build against the staging repository:\n" + result.stdout[-6000:]
                 + result.stderr[-2000:])
        if not os.path.isdir(os.path.join(repository, "io", "github", "dynamoconnection",
                                          "dynamo-connection-spring-boot-starter")):
            fail("the fresh application did not resolve the starter from the staging repository")
        print("deploy: a fresh application built and passed its @DynamoDbTest against the staging repository")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    check_bom_pins_the_tested_sdk()
    deploy()
    check_published()
    build_fresh_app()


if __name__ == "__main__":
    main()
