package io.github.dynamoconnection.embedded.storage;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.dynamoconnection.embedded.value.Value;

/**
 * Encodes an item into a compact byte array and back, so that a million small items fit in a few
 * hundred megabytes of heap. Hand-written: a tag byte per value, varint lengths, numbers as
 * unscaled bytes plus scale.
 */
public final class ItemCodec {

	private static final int S = 1, N = 2, B = 3, SS = 4, NS = 5, BS = 6, M = 7, L = 8, TRUE = 9, FALSE = 10, NULL = 11;

	private ItemCodec() {
	}

	/** Encodes an item. */
	public static byte[] encode(Map<String, Value> item) {
		Output out = new Output(64);
		writeMap(out, item);
		return out.toByteArray();
	}

	/** Decodes an item (a mutable, insertion-ordered map). */
	public static Map<String, Value> decode(byte[] bytes) {
		Input in = new Input(bytes);
		return readMap(in);
	}

	private static void writeMap(Output out, Map<String, Value> map) {
		out.varint(map.size());
		for (Map.Entry<String, Value> entry : map.entrySet()) {
			out.string(entry.getKey());
			writeValue(out, entry.getValue());
		}
	}

	private static void writeValue(Output out, Value value) {
		if (value instanceof Value.S s) {
			out.write(S);
			out.string(s.value());
		}
		else if (value instanceof Value.N n) {
			out.write(N);
			writeNumber(out, n.value());
		}
		else if (value instanceof Value.B b) {
			out.write(B);
			out.bytes(b.value());
		}
		else if (value instanceof Value.Bool bool) {
			out.write(bool.value() ? TRUE : FALSE);
		}
		else if (value instanceof Value.Null) {
			out.write(NULL);
		}
		else if (value instanceof Value.SS ss) {
			out.write(SS);
			out.varint(ss.values().size());
			ss.values().forEach(out::string);
		}
		else if (value instanceof Value.NS ns) {
			out.write(NS);
			out.varint(ns.values().size());
			ns.values().forEach(member -> writeNumber(out, member));
		}
		else if (value instanceof Value.BS bs) {
			out.write(BS);
			out.varint(bs.values().size());
			bs.values().forEach(out::bytes);
		}
		else if (value instanceof Value.L l) {
			out.write(L);
			out.varint(l.values().size());
			l.values().forEach(member -> writeValue(out, member));
		}
		else if (value instanceof Value.M m) {
			out.write(M);
			writeMap(out, m.values());
		}
	}

	private static void writeNumber(Output out, BigDecimal number) {
		out.zigzag(number.scale());
		out.bytes(number.unscaledValue().toByteArray());
	}

	private static Map<String, Value> readMap(Input in) {
		int size = in.varint();
		Map<String, Value> map = new LinkedHashMap<>(Math.max(4, size * 2));
		for (int i = 0; i < size; i++) {
			String name = in.string();
			map.put(name, readValue(in));
		}
		return map;
	}

	private static Value readValue(Input in) {
		int tag = in.read();
		switch (tag) {
			case S:
				return new Value.S(in.string());
			case N:
				return new Value.N(readNumber(in));
			case B:
				return new Value.B(in.bytes());
			case TRUE:
				return Value.Bool.TRUE;
			case FALSE:
				return Value.Bool.FALSE;
			case NULL:
				return Value.Null.INSTANCE;
			case SS: {
				int size = in.varint();
				List<String> members = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					members.add(in.string());
				}
				return new Value.SS(members);
			}
			case NS: {
				int size = in.varint();
				List<BigDecimal> members = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					members.add(readNumber(in));
				}
				return new Value.NS(members);
			}
			case BS: {
				int size = in.varint();
				List<byte[]> members = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					members.add(in.bytes());
				}
				return new Value.BS(members);
			}
			case L: {
				int size = in.varint();
				List<Value> members = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					members.add(readValue(in));
				}
				return new Value.L(members);
			}
			case M:
				return new Value.M(readMap(in));
			default:
				throw new IllegalStateException("Corrupt item encoding: tag " + tag);
		}
	}

	private static BigDecimal readNumber(Input in) {
		int scale = in.zigzag();
		return new BigDecimal(new BigInteger(in.bytes()), scale);
	}

	/** A growable output buffer with varint helpers. */
	private static final class Output extends ByteArrayOutputStream {

		Output(int size) {
			super(size);
		}

		void varint(int value) {
			while ((value & ~0x7F) != 0) {
				write((value & 0x7F) | 0x80);
				value >>>= 7;
			}
			write(value);
		}

		void zigzag(int value) {
			varint((value << 1) ^ (value >> 31));
		}

		void bytes(byte[] bytes) {
			varint(bytes.length);
			write(bytes, 0, bytes.length);
		}

		void string(String text) {
			bytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** A reader over an encoded item. */
	private static final class Input {

		private final byte[] bytes;

		private int position;

		Input(byte[] bytes) {
			this.bytes = bytes;
		}

		int read() {
			return bytes[position++] & 0xFF;
		}

		int varint() {
			int result = 0;
			int shift = 0;
			int b;
			do {
				b = read();
				result |= (b & 0x7F) << shift;
				shift += 7;
			}
			while ((b & 0x80) != 0);
			return result;
		}

		int zigzag() {
			int raw = varint();
			return (raw >>> 1) ^ -(raw & 1);
		}

		byte[] bytes() {
			int length = varint();
			byte[] result = new byte[length];
			System.arraycopy(bytes, position, result, 0, length);
			position += length;
			return result;
		}

		String string() {
			int length = varint();
			String result = new String(bytes, position, length, StandardCharsets.UTF_8);
			position += length;
			return result;
		}

	}

}
