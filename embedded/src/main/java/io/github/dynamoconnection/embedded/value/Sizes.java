package io.github.dynamoconnection.embedded.value;

/** Byte sizes by DynamoDB's item-size rules. */
public final class Sizes {

	private Sizes() {
	}

	/** UTF-8 encoded length of a string, without encoding it. */
	public static int utf8Length(CharSequence text) {
		int length = 0;
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				length++;
			}
			else if (c < 0x800) {
				length += 2;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
				length += 4;
				i++;
			}
			else {
				length += 3;
			}
		}
		return length;
	}

	/** Size of an item: attribute name lengths plus value sizes. */
	public static int itemSize(java.util.Map<String, Value> item) {
		int size = 0;
		for (java.util.Map.Entry<String, Value> entry : item.entrySet()) {
			size += utf8Length(entry.getKey()) + entry.getValue().size();
		}
		return size;
	}

}
