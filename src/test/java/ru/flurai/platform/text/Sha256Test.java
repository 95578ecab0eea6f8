package ru.flurai.platform.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** SHA-256 against the published test vectors (FIPS 180-2 / NIST examples). */
class Sha256Test {
  private static final String EMPTY =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void knownDigests() {
    assertEquals(EMPTY, Sha256.hex(""));
    assertEquals(ABC, Sha256.hex("abc"));
    assertEquals(ABC, Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
    assertArrayEquals(HexFormat.of().parseHex(ABC), Sha256.bytes("abc"));
    assertArrayEquals(HexFormat.of().parseHex(EMPTY), Sha256.bytes(new byte[0]));
  }

  @Test
  void textIsHashedAsUtf8InLowerCaseHex() {
    assertEquals(Sha256.hex("Цветы 💐".getBytes(StandardCharsets.UTF_8)), Sha256.hex("Цветы 💐"));
    String hex = Sha256.hex("Цветы 💐");
    assertEquals(64, hex.length());
    assertEquals(hex.toLowerCase(), hex);
  }
}
