using System.Text;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Files;

namespace OneStop.Application.UnitTests.Common.Files;

public sealed class FileSignatureTests
{
    private const string Field = "documents[0].file";

    private static readonly byte[] Pdf = [.. "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"u8];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private static IEnumerable<TestCaseData> Recognised()
    {
        yield return new TestCaseData(Pdf, FileKind.Pdf).SetArgDisplayNames("pdf");
        yield return new TestCaseData(Jpeg, FileKind.Jpeg).SetArgDisplayNames("jpeg");
        yield return new TestCaseData(Png, FileKind.Png).SetArgDisplayNames("png");
    }

    private static IEnumerable<TestCaseData> Unrecognised() =>
        NotAKind().Append(new TestCaseData(Array.Empty<byte>()).SetArgDisplayNames("empty"));

    private static IEnumerable<TestCaseData> NotAKind()
    {
        yield return new TestCaseData(Encoding.UTF8.GetBytes("Đơn đề nghị cấp giấy phép")).SetArgDisplayNames("text");
        yield return new TestCaseData("GIF89a\x01\x00"u8.ToArray()).SetArgDisplayNames("gif");
        yield return new TestCaseData(new byte[] { 0x25, 0x50, 0x44 }).SetArgDisplayNames("three bytes");
        yield return new TestCaseData(new byte[] { 0xFF, 0xD8 }).SetArgDisplayNames("truncated jpeg");
        yield return new TestCaseData("junk%PDF-1.7"u8.ToArray()).SetArgDisplayNames("pdf not at offset 0");
    }

    [TestCaseSource(nameof(Recognised))]
    public void ShouldDetectTheKindFromTheLeadingBytes(byte[] content, FileKind kind) =>
        FileSignature.Detect(content).ShouldBe(kind);

    [TestCaseSource(nameof(Recognised))]
    public void ShouldDetectTheKindFromTheHeaderLengthAlone(byte[] content, FileKind kind) =>
        FileSignature.Detect(content.AsSpan(0, FileSignature.HeaderLength)).ShouldBe(kind);

    [TestCaseSource(nameof(Unrecognised))]
    public void ShouldDetectNothingWhenNoSignatureStartsTheContent(byte[] content) =>
        FileSignature.Detect(content).ShouldBeNull();

    [Test]
    public async Task ShouldTreatAPngNamedLikeAPdfAsAPng()
    {
        // The API takes bytes only: "giay-to.pdf" never reaches it, so the name cannot mislead it.
        using var content = new MemoryStream(Png);

        var upload = await UploadCheck.InspectAsync(content, Field, CancellationToken.None);

        upload.Kind.ShouldBe(FileKind.Png);
        upload.ContentType.ShouldBe("image/png");
    }

    [TestCase(FileKind.Pdf, "application/pdf", ".pdf")]
    [TestCase(FileKind.Jpeg, "image/jpeg", ".jpg")]
    [TestCase(FileKind.Png, "image/png", ".png")]
    public void ShouldGiveEachKindItsMediaTypeAndExtension(FileKind kind, string contentType, string extension)
    {
        kind.ContentType().ShouldBe(contentType);
        kind.FileExtension().ShouldBe(extension);
    }

    [Test]
    public void ShouldAllowExactlyPdfJpegAndPng() =>
        UploadRules.AllowedKinds.ShouldBe([FileKind.Pdf, FileKind.Jpeg, FileKind.Png], ignoreOrder: true);

    [Test]
    public async Task ShouldHandBackASeekableStreamWhereItStarted()
    {
        using var content = new MemoryStream(Pdf);

        var upload = await UploadCheck.InspectAsync(content, Field, CancellationToken.None);

        upload.Content.ShouldBeSameAs(content);
        upload.Content.Position.ShouldBe(0);
        upload.Length.ShouldBe(Pdf.Length);
    }

    [Test]
    public async Task ShouldReplayTheHeaderWhenTheStreamIsForwardOnly()
    {
        await using var content = new ForwardOnlyStream(Jpeg);

        var upload = await UploadCheck.InspectAsync(content, Field, CancellationToken.None);
        using var copy = new MemoryStream();
        await upload.Content.CopyToAsync(copy);

        upload.Kind.ShouldBe(FileKind.Jpeg);
        upload.Length.ShouldBeNull();
        copy.ToArray().ShouldBe(Jpeg);
    }

    [TestCaseSource(nameof(NotAKind))]
    public async Task ShouldRejectContentThatIsNoneOfTheKindsNamingTheField(byte[] content)
    {
        var error = await Should.ThrowAsync<ValidationException>(() => UploadCheck.InspectAsync(new MemoryStream(content), Field, CancellationToken.None));

        error.Errors.ShouldHaveSingleItem().Key.ShouldBe(Field);
        error.Errors[Field].ShouldBe(["The file must be a PDF, JPEG or PNG document; its content is none of these."]);
    }

    [Test]
    public async Task ShouldRejectAnEmptyFile()
    {
        var error = await Should.ThrowAsync<ValidationException>(() => UploadCheck.InspectAsync(new MemoryStream(), Field, CancellationToken.None));

        error.Errors[Field].ShouldBe(["The file is empty."]);
    }

    [Test]
    public async Task ShouldRejectAFileOverTwentyMegabytesStatingItsSize()
    {
        var error = await Should.ThrowAsync<ValidationException>(() => UploadCheck.InspectAsync(new SizedStream(24_536_678), Field, CancellationToken.None));

        error.Errors.ShouldHaveSingleItem().Key.ShouldBe(Field);
        error.Errors[Field].ShouldBe(["The file is 23.4 MB; at most 20 MB is accepted."]);
    }

    [Test]
    public async Task ShouldRoundTheSizeUpSoThatOneByteOverIsNotShownAsTwenty()
    {
        var error = await Should.ThrowAsync<ValidationException>(() => UploadCheck.InspectAsync(new SizedStream(UploadRules.MaxBytes + 1), Field, CancellationToken.None));

        error.Errors[Field].ShouldBe(["The file is 20.1 MB; at most 20 MB is accepted."]);
    }

    [Test]
    public async Task ShouldAcceptAFileOfExactlyTwentyMegabytes()
    {
        var upload = await UploadCheck.InspectAsync(new SizedStream(UploadRules.MaxBytes), Field, CancellationToken.None);

        upload.Length.ShouldBe(UploadRules.MaxBytes);
    }

    [Test]
    public async Task ShouldRejectAForwardOnlyStreamOnceItPassesTwentyMegabytes()
    {
        var bytes = new byte[UploadRules.MaxBytes + 1];
        Pdf.CopyTo(bytes, 0);
        var upload = await UploadCheck.InspectAsync(new ForwardOnlyStream(bytes), Field, CancellationToken.None);

        var error = await Should.ThrowAsync<ValidationException>(() => upload.Content.CopyToAsync(Stream.Null));

        error.Errors[Field].ShouldBe(["The file is larger than 20 MB; at most 20 MB is accepted."]);
    }

    /// <summary>A request body as Kestrel gives it: readable once, front to back, length unknown.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }

    /// <summary>A seekable PDF of the given length without allocating it: only the header is real.</summary>
    private sealed class SizedStream(long length) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, Math.Max(0, length - Position));
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = Position + i < Pdf.Length ? Pdf[Position + i] : (byte)0;
            }
            Position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Position + offset,
            _ => length + offset,
        };

        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
