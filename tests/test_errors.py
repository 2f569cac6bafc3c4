"""Bad input through ``planparse.parse``: every failure is a typed, readable PlanParseError.

The corpus is generated here (raw PDF bytes or reportlab), never stored; test_batch_cli.py
and test_fuzz.py reuse its builders.
"""

from __future__ import annotations

import io
import pickle
import re
import struct
import zlib
from hashlib import md5
from pathlib import Path

import pytest
from pdfminer.arcfour import Arcfour
from pdfminer.pdfdocument import PDFStandardSecurityHandler
from PIL import Image
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import planparse
from planparse import errors
from planparse.errors import (
    CorruptPDFError,
    EmptyDocumentError,
    EncryptedPDFError,
    LimitExceededError,
    NotAPDFError,
    NoTextLayerError,
    ParseTimeoutError,
    PlanParseError,
)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SMALL_SAMPLES = [
    "policy-3-01-110-community-policing.pdf",
    "tustin-pd-2025-2027.pdf",
    "san-jose-pd-2023.pdf",
]
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
TEXT = b"BT /F1 14 Tf 72 700 Td (GOAL 1: Reduce crime in every district) Tj ET"


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from object bodies numbered 1..n (1 is the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)


def pages_pdf(contents: list[bytes], size: bytes = b"612 792") -> bytes:
    """One page per content stream (given whole, ``<< ... >> stream ... endstream``)."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(contents)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents)),
        FONT,
    ]
    for i, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (size, 5 + 2 * i)
        )
        objects.append(content)
    return raw_pdf(objects)


def blank_pages_pdf(count: int) -> bytes:
    """``count`` tiny empty pages (each its own object: a page tree visits an object once)."""
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(count))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
            *[page] * count,
        ]
    )


def zero_pages_pdf() -> bytes:
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def slow_page_pdf(operations: int = 100_000) -> bytes:
    """One page whose few compressed bytes expand to ``operations`` graphics-state changes
    (save, transform, restore): seconds of pure-Python work inside pdfminer for one page, so
    only a killed process stops it. Not paths: those of a drawing are cut before pdfminer
    reads them (test_drawings.py)."""
    content = zlib.compress(b"q 1 0 0 1 0 0 cm Q\n" * operations)
    body = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(content), content)
    return pages_pdf([body])


def reportlab_pdf(path: Path, encrypt: StandardEncryption | None = None) -> Path:
    drawing = canvas.Canvas(str(path), encrypt=encrypt)
    drawing.setFont("Helvetica-Bold", 16)
    drawing.drawString(72, 720, "GOAL 1: Reduce crime in every district")
    drawing.setFont("Helvetica", 11)
    drawing.drawString(72, 700, "Officers shall patrol each district weekly.")
    drawing.showPage()
    drawing.save()
    return path


def image_only_pdf(path: Path) -> Path:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "gray").save(buffer, "PNG")
    buffer.seek(0)
    drawing = canvas.Canvas(str(path))
    drawing.drawImage(ImageReader(buffer), 72, 500, 300, 200)
    drawing.showPage()
    drawing.save()
    return path


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, "PNG")
    return buffer.getvalue()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"", "empty (0 bytes)"),
        (bytes(range(256)) * 20, "not a PDF"),
        (png_bytes(), "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"PK\x03\x04\x14\x00", "Office document"),
        (b"<!DOCTYPE html>\n<html><body>Strategic Plan 2025</body></html>", "web page"),
    ],
    ids=["empty", "random", "png", "jpeg", "zip", "html"],
)
def test_errors_not_a_pdf_says_what_the_file_is(tmp_path: Path, data: bytes, said: str) -> None:
    path = write(tmp_path, "plan.pdf", data)
    with pytest.raises(NotAPDFError, match=re.escape(said)) as caught:
        planparse.parse(path)
    assert caught.value.path == path


@pytest.mark.parametrize("sample", SMALL_SAMPLES)
@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9])
def test_errors_truncated_download_is_corrupt(tmp_path: Path, sample: str, fraction: float) -> None:
    data = (SAMPLES / sample).read_bytes()
    path = write(tmp_path, sample, data[: int(len(data) * fraction)])
    with pytest.raises(CorruptPDFError, match="damaged or incomplete"):
        planparse.parse(path)


def test_errors_encrypted_pdf_needs_its_password(tmp_path: Path) -> None:
    path = reportlab_pdf(tmp_path / "locked.pdf", StandardEncryption("userpw", "ownerpw"))
    with pytest.raises(EncryptedPDFError, match="password-protected"):
        planparse.parse(path)
    with pytest.raises(EncryptedPDFError, match="password given is not"):
        planparse.parse(path, password="wrong")
    assert "Reduce crime in every district" in printed_text(path, password="userpw")


@pytest.mark.parametrize("strength", [40, 128])
def test_errors_empty_user_password_rc4_parses_without_password(
    tmp_path: Path, strength: int
) -> None:
    encrypt = StandardEncryption("", "ownerpw", canCopy=0, canModify=0, strength=strength)
    path = reportlab_pdf(tmp_path / "restricted.pdf", encrypt)
    planparse.parse(path)
    assert "Reduce crime in every district" in printed_text(path)
    assert "Reduce crime in every district" in printed_text(path, password="not its password")


def printed_text(path: Path, password: str | None = None) -> str:
    """The text the pipeline read from a PDF, to tell a decrypted document from an empty one."""
    from planparse.blocks import build_blocks
    from planparse.layout import lay_out
    from planparse.pdf import read_pdf

    return " ".join(block.text for block in build_blocks(lay_out(read_pdf(path, password))))


def test_errors_unknown_encryption_is_encrypted_error(tmp_path: Path) -> None:
    locked = reportlab_pdf(tmp_path / "locked.pdf", StandardEncryption("userpw", "ownerpw"))
    data = locked.read_bytes().replace(b"/Filter /Standard", b"/Filter /Unheard")
    with pytest.raises(
        EncryptedPDFError, match="encrypted with the 'Unheard' security handler .*cannot read$"
    ):
        planparse.parse(write(tmp_path, "odd.pdf", data), password="userpw")


# O and U of a user password that is not empty: the empty password does not unlock them.
OWNER_KEY = b"<" + b"ab" * 32 + b">"
USER_KEY = b"<" + b"cd" * 32 + b">"
DOC_ID = b"<0123456789abcdef0123456789abcdef>"


def encrypted_pdf(filters: bytes) -> bytes:
    """A one-page PDF with a 128-bit standard /Encrypt dictionary holding ``filters``."""
    encrypt = b"<< /Filter /Standard /V 4 /R 4 /Length 128 /P -4 /O %s /U %s %s >>" % (
        OWNER_KEY,
        USER_KEY,
        filters,
    )
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
        b" /Resources << /Font << /F1 3 0 R >> >> >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        page,
        stream(TEXT),
        encrypt,
    ]
    trailer = b"/Root 1 0 R /Encrypt 6 0 R /ID [%s %s] >>" % (DOC_ID, DOC_ID)
    return raw_pdf(objects).replace(b"/Root 1 0 R >>", trailer)


AES_FILTER = b"/CF << /StdCF << /CFM /AESV2 /AuthEvent /EFOpen /Length 16 >> >>"


def rc4_crypt_filter_pdf(length_entry: int, bits: int) -> bytes:
    """A one-page PDF encrypted with RC4 through a /V2 crypt filter of ``bits``-bit keys
    (declared as ``length_entry``) and an empty user password; O is any 32 bytes, as it is
    only hashed into the user's key (ISO 32000-1, algorithms 2, 5 and 1)."""
    padding = PDFStandardSecurityHandler.PASSWORD_PADDING
    size, owner, doc_id = bits // 8, bytes(range(32)), bytes.fromhex(DOC_ID[1:-1].decode())
    key = md5(padding + owner + struct.pack("<l", -4) + doc_id).digest()
    for _ in range(50):
        key = md5(key[:size]).digest()
    key = key[:size]
    user = Arcfour(key).encrypt(md5(padding + doc_id).digest())
    for i in range(1, 20):
        user = Arcfour(bytes(byte ^ i for byte in key)).encrypt(user)
    content_key = md5(key + struct.pack("<L", 5)[:3] + b"\0\0").digest()[: min(size + 5, 16)]
    encrypt = (
        b"<< /Filter /Standard /V 4 /R 4 /P -4 /O <%s> /U <%s> /StmF /StdCF /StrF /StdCF"
        b" /CF << /StdCF << /CFM /V2 /Length %d >> >> >>"
        % (owner.hex().encode(), (user + bytes(16)).hex().encode(), length_entry)
    )
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R"
        b" /Resources << /Font << /F1 3 0 R >> >> >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        FONT,
        page,
        stream(Arcfour(content_key).encrypt(TEXT)),
        encrypt,
    ]
    trailer = b"/Root 1 0 R /Encrypt 6 0 R /ID [%s %s] >>" % (DOC_ID, DOC_ID)
    return raw_pdf(objects).replace(b"/Root 1 0 R >>", trailer)


@pytest.mark.parametrize(("length", "bits"), [(5, 40), (40, 40), (16, 128), (128, 128)])
def test_errors_rc4_crypt_filter_with_empty_user_password_parses(
    tmp_path: Path, length: int, bits: int
) -> None:
    path = write(tmp_path, "rc4.pdf", rc4_crypt_filter_pdf(length, bits))
    assert "Reduce crime in every district" in printed_text(path)


@pytest.mark.parametrize(
    "filters",
    [AES_FILTER + b" /StmF /Identity /StrF /Identity /EFF /StdCF", AES_FILTER + b" /EFF /StdCF"],
    ids=["identity", "absent-means-identity"],
)
def test_errors_attachment_only_encryption_parses_without_password(
    tmp_path: Path, filters: bytes
) -> None:
    path = write(tmp_path, "attachments.pdf", encrypted_pdf(filters))
    assert "Reduce crime in every district" in printed_text(path)


def test_errors_encrypted_content_still_needs_its_password(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.pdf", encrypted_pdf(AES_FILTER + b" /StmF /StdCF /StrF /StdCF"))
    with pytest.raises(EncryptedPDFError, match="password-protected"):
        planparse.parse(path)


@pytest.mark.parametrize(
    ("encrypt", "said"),
    [
        (b"/CF << /StdCF << /CFM /Unheard >> >> /StmF /StdCF /StrF /StdCF", "method Unheard"),
        (AES_FILTER + b" /StmF /Identity /StrF /StdCF", "Identity for its streams and StdCF"),
    ],
    ids=["method", "mixed-filters"],
)
def test_errors_unreadable_encryption_is_named(tmp_path: Path, encrypt: bytes, said: str) -> None:
    path = write(tmp_path, "odd.pdf", encrypted_pdf(encrypt))
    with pytest.raises(EncryptedPDFError, match=f"encrypted with .*{said}.*cannot read$"):
        planparse.parse(path)


def looping_xref_pdf() -> bytes:
    """A PDF whose trailer names its own cross-reference table as the previous one (/Prev)."""
    data = pages_pdf([stream(TEXT)])
    xref = int(re.findall(rb"startxref\n(\d+)", data)[-1])
    return data.replace(b"/Root 1 0 R >>", b"/Root 1 0 R /Prev %d >>" % xref)


def test_errors_looping_xref_names_the_structure(tmp_path: Path) -> None:
    with pytest.raises(CorruptPDFError, match="cross-reference tables .* in a loop") as caught:
        planparse.parse(write(tmp_path, "loop.pdf", looping_xref_pdf()))
    assert "recursion" not in caught.value.reason


def test_errors_zero_pages_is_empty(tmp_path: Path) -> None:
    with pytest.raises(EmptyDocumentError, match="no pages"):
        planparse.parse(write(tmp_path, "zero.pdf", zero_pages_pdf()))


def test_errors_image_only_is_no_text_layer(tmp_path: Path) -> None:
    with pytest.raises(NoTextLayerError, match="scanned"):
        planparse.parse(image_only_pdf(tmp_path / "scan.pdf"))


def test_errors_only_page_numbers_is_no_body_text(tmp_path: Path) -> None:
    number = b"BT /F1 10 Tf 300 30 Td (Page 1 of 1) Tj ET"
    with pytest.raises(EmptyDocumentError, match="no body text") as caught:
        planparse.parse(write(tmp_path, "numbered.pdf", pages_pdf([stream(number)])))
    assert not isinstance(caught.value, NoTextLayerError)


def test_errors_page_limit_by_default_and_by_argument(tmp_path: Path) -> None:
    huge = write(tmp_path, "budget.pdf", blank_pages_pdf(3000))
    with pytest.raises(LimitExceededError, match="3000 pages, more than the limit of 2000"):
        planparse.parse(huge)
    sample = SAMPLES / "san-jose-pd-2023.pdf"
    with pytest.raises(LimitExceededError, match="--max-pages"):
        planparse.parse(sample, max_pages=1)


def test_errors_size_limit(tmp_path: Path) -> None:
    with pytest.raises(LimitExceededError, match=r"MB, more than the limit of 0\.01 MB"):
        planparse.parse(SAMPLES / "san-jose-pd-2023.pdf", max_mb=0.01)


def test_errors_time_limit_is_checked_in_process() -> None:
    with pytest.raises(ParseTimeoutError, match="time limit of 0 seconds"):
        planparse.parse(SAMPLES / "tustin-pd-2025-2027.pdf", timeout=0)


def outcome(path: Path) -> str:
    """``parsed``, or the name of the PlanParseError raised; anything else propagates."""
    try:
        planparse.parse(path)
    except PlanParseError as exc:
        return type(exc).__name__
    return "parsed"


READ_AROUND_OR_REPORTED = {"parsed", "CorruptPDFError", "EmptyDocumentError"}


@pytest.mark.parametrize("damage", ["shifted", "zeroed", "no startxref"])
def test_errors_broken_xref_is_read_around_or_reported(tmp_path: Path, damage: str) -> None:
    data = reportlab_pdf(tmp_path / "good.pdf").read_bytes()
    if damage == "shifted":
        data = re.sub(rb"(\d{10}) 00000 n", lambda m: b"%010d 00000 n" % (int(m[1]) + 7), data)
    elif damage == "zeroed":
        data = re.sub(rb"\d{10} 00000 n", b"0000000001 00000 n", data)
    else:
        data = data.replace(b"startxref", b"startxxxx")
    assert outcome(write(tmp_path, "xref.pdf", data)) in READ_AROUND_OR_REPORTED


@pytest.mark.parametrize("length", [b"5", b"999999", b"-3", b"1 0 R"])
def test_errors_wrong_stream_length_is_read_around_or_reported(
    tmp_path: Path, length: bytes
) -> None:
    data = pages_pdf([stream(TEXT)]).replace(b"/Length %d" % len(TEXT), b"/Length " + length)
    assert outcome(write(tmp_path, "length.pdf", data)) in READ_AROUND_OR_REPORTED


def test_errors_unreadable_page_is_left_out_with_a_warning(tmp_path: Path) -> None:
    unreadable = b"<< /Length 4 /Filter /NoSuchDecode >>\nstream\nxxxx\nendstream"
    path = write(tmp_path, "partly.pdf", pages_pdf([stream(TEXT), unreadable]))
    plan = planparse.parse(path)
    assert "page 2 could not be read (damaged) and was left out" in plan.warnings


def test_errors_every_page_unreadable_is_corrupt(tmp_path: Path) -> None:
    unreadable = b"<< /Length 4 /Filter /NoSuchDecode >>\nstream\nxxxx\nendstream"
    with pytest.raises(CorruptPDFError, match="no page could be read"):
        planparse.parse(write(tmp_path, "broken.pdf", pages_pdf([unreadable, unreadable])))


@pytest.mark.parametrize("box", [b"/MediaBox 5", b"/MediaBox [0 0 612]", b"/Rotate (x)"])
def test_errors_malformed_page_dictionary_is_corrupt(tmp_path: Path, box: bytes) -> None:
    data = pages_pdf([stream(TEXT)]).replace(b"/MediaBox [0 0 612 792]", box)
    with pytest.raises(CorruptPDFError, match="damaged"):
        planparse.parse(write(tmp_path, "box.pdf", data))


def test_errors_reference_reader_complaints_become_one_warning(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """pdfminer's log lines; PDFium skips such operands without a word (a known difference)."""
    content = TEXT + b" q (thick) w Q q (wide) w Q"
    path = write(tmp_path, "quirky.pdf", pages_pdf([stream(content)]))
    plan = planparse.parse(path, reader="pdfplumber")
    malformed = [w for w in plan.warnings if "partly malformed" in w]
    assert len(malformed) == 1
    assert "2 problems" in malformed[0]
    assert "line width" in malformed[0]
    assert capfd.readouterr().err == ""


def test_errors_missing_file_is_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        planparse.parse(tmp_path / "absent.pdf")


ERROR_CLASSES = [
    cls
    for cls in vars(errors).values()
    if isinstance(cls, type) and issubclass(cls, PlanParseError)
]


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_errors_name_the_file_and_cross_processes(cls: type[PlanParseError]) -> None:
    error = cls(Path("/data/plans/city.pdf"), "the reason")
    assert str(error) == "city.pdf: the reason"
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert (copy.path, copy.reason, str(copy)) == (error.path, error.reason, str(error))


def test_errors_hierarchy() -> None:
    assert issubclass(errors.OCRUnavailableError, NoTextLayerError)
    assert issubclass(NoTextLayerError, EmptyDocumentError)
    assert issubclass(ParseTimeoutError, LimitExceededError)
    assert all(issubclass(cls, PlanParseError) for cls in ERROR_CLASSES)
