# A length-prefixed binary message protocol: struct packing with a fixed header (magic,
# version, type, flags, length), CRC32 and SHA-256 integrity checks, zlib compression of
# large payloads, base64 for transport, hmac signing, a streaming decoder over a BytesIO that
# handles truncated frames, and bytearray/memoryview manipulation.
import base64
import binascii
import hashlib
import hmac
import io
import struct
import zlib

MAGIC = b"HRN1"
HEADER = struct.Struct(">4sBBHI")  # magic, version, type, flags, payload length
TYPES = {1: "hello", 2: "data", 3: "bye"}
FLAG_COMPRESSED = 0x1
FLAG_SIGNED = 0x2
KEY = b"secret-key"

ProtocolError = type("ProtocolError", (Exception,), {})


def encode(msg_type, payload, sign=False):
    flags = 0
    if len(payload) > 64:
        compressed = zlib.compress(payload, 9)
        if len(compressed) < len(payload):
            payload, flags = compressed, flags | FLAG_COMPRESSED
    if sign:
        payload += hmac.new(KEY, payload, hashlib.sha256).digest()
        flags |= FLAG_SIGNED
    frame = HEADER.pack(MAGIC, 1, msg_type, flags, len(payload)) + payload
    return frame + struct.pack(">I", zlib.crc32(frame))


def decode_stream(stream):
    """Decodes frames into stream_items until end of input."""
    while True:
        head = stream.read(HEADER.size)
        if not head:
            return
        if len(head) < HEADER.size:
            raise ProtocolError(f"truncated header ({len(head)} bytes)")
        magic, version, msg_type, flags, length = HEADER.unpack(head)
        if magic != MAGIC:
            raise ProtocolError(f"bad magic {magic!r}")
        body = stream.read(length)
        crc_bytes = stream.read(4)
        if len(body) < length or len(crc_bytes) < 4:
            raise ProtocolError(f"truncated frame: wanted {length} bytes, got {len(body)}")
        (crc,) = struct.unpack(">I", crc_bytes)
        if crc != zlib.crc32(head + body):
            raise ProtocolError("crc mismatch")
        if flags & FLAG_SIGNED:
            body, mac = body[:-32], body[-32:]
            if not hmac.compare_digest(mac, hmac.new(KEY, body, hashlib.sha256).digest()):
                raise ProtocolError("bad signature")
        if flags & FLAG_COMPRESSED:
            body = zlib.decompress(body)
        item = (TYPES.get(msg_type, f"type{msg_type}"), flags, body)
        stream_items.append(item)


stream_items = []
messages = [(1, b"hi there", False), (2, b"ABCD" * 50, False), (2, "ünïcode ✓".encode(), True),
            (2, bytes(range(100)) * 2, True), (3, b"", False)]
wire = b"".join([encode(t, p, s) for t, p, s in messages])
print("wire size:", len(wire), "sha256:", hashlib.sha256(wire).hexdigest()[:16])
print("first frame:", binascii.hexlify(wire[:HEADER.size + 8], " ", 4).decode())
decode_stream(io.BytesIO(wire))
for kind, flags, body in stream_items:
    text = body[:12]
    print(f"  {kind:<5} flags={flags:#04b} len={len(body):>3} head={text!r}")

b64 = base64.b64encode(wire[:30])
print("base64:", b64.decode(), base64.b64decode(b64) == wire[:30])
print("urlsafe:", base64.urlsafe_b64encode(b"\xfb\xff\xfe").decode(), base64.b32encode(b"hi").decode(),
      base64.b16encode(b"\x01\xab").decode())

corruptions = {
    "truncated": wire[:-3],
    "bad magic": b"XXXX" + wire[4:],
    "flipped bit": wire[:20] + bytes([wire[20] ^ 1]) + wire[21:],
    "short header": wire[:5],
}
for label, data in corruptions.items():
    stream_items.clear()
    try:
        decode_stream(io.BytesIO(data))
        print(f"{label}: decoded {len(stream_items)} frames without error")
    except ProtocolError as e:
        print(f"{label}: ProtocolError: {e} (after {len(stream_items)} good frames)")

buf = bytearray(HEADER.pack(MAGIC, 1, 2, 0, 0))
struct.pack_into(">H", buf, 6, 0xBEEF)
view = memoryview(buf)
print("patched:", buf.hex(), view[4:8].tobytes(), view.nbytes, view.readonly)
print("unpack_from:", struct.unpack_from(">BB", buf, 4), struct.calcsize("<hid"), struct.calcsize("@hid"))
vals = list(struct.iter_unpack("<hh", struct.pack("<4h", 1, -2, 300, -32768)))
print("iter_unpack:", vals)
try:
    struct.pack(">B", 300)
except struct.error as e:
    print("struct.error:", e)
print("md5:", hashlib.md5(b"abc").hexdigest(), "blake2s:", hashlib.blake2s(b"abc", digest_size=8).hexdigest())
print("crc32:", hex(zlib.crc32(b"hello")), "adler32:", zlib.adler32(b"hello"),
      "ratio: %.2f" % (len(zlib.compress(b"x" * 1000)) / 1000))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), bytes.fromhex("de ad be ef"))
