using System.Globalization;
using FluentValidation.Results;
using OneStop.Application.Common.Exceptions;

namespace OneStop.Application.Common.Files;

/// <summary>Checks an uploaded file's content against <see cref="UploadRules"/> before it is stored.</summary>
public static class UploadCheck
{
    private const double BytesPerMegabyte = 1024 * 1024;

    /// <summary>
    /// Reads the file's header, recognises its kind and rejects what the rules do not accept, with
    /// errors keyed by <paramref name="fieldName"/>.
    /// </summary>
    /// <remarks>
    /// A seekable stream (ASP.NET's <c>IFormFile.OpenReadStream()</c> is one) is checked for size at once
    /// and handed back repositioned where it was. A forward-only stream is handed back wrapped so that
    /// the header bytes are replayed; its size can only be known while it is read, so the wrapper throws
    /// the same <see cref="ValidationException"/> as soon as it passes <see cref="UploadRules.MaxBytes"/>.
    /// <see cref="IFileStorage.SaveAsync"/> enforces the cap again in any case. The caller still owns and
    /// disposes <paramref name="content"/>; the wrapper holds nothing of its own.
    /// </remarks>
    /// <exception cref="ValidationException">The file is empty, too large, or not a PDF, JPEG or PNG.</exception>
    public static async Task<InspectedUpload> InspectAsync(Stream content, string fieldName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldName);

        long? length = null;
        long start = 0;
        if (content.CanSeek)
        {
            start = content.Position;
            length = content.Length - start;
            if (length > UploadRules.MaxBytes)
            {
                throw TooLarge(fieldName, length);
            }
        }

        var header = new byte[FileSignature.HeaderLength];
        var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            throw Invalid(fieldName, "The file is empty.");
        }
        var kind = FileSignature.Detect(header.AsSpan(0, read))
            ?? throw Invalid(fieldName, "The file must be a PDF, JPEG or PNG document; its content is none of these.");

        if (content.CanSeek)
        {
            content.Position = start;
            return new InspectedUpload(kind, content, length);
        }
        return new InspectedUpload(kind, new ReplayingHeaderStream(header.AsMemory(0, read), content, fieldName), null);
    }

    /// <summary>The error for a file over <see cref="UploadRules.MaxBytes"/>; <paramref name="length"/> null when unknown.</summary>
    public static ValidationException TooLarge(string fieldName, long? length)
    {
        var limit = (UploadRules.MaxBytes / BytesPerMegabyte).ToString("0.#", CultureInfo.InvariantCulture);
        // Rounded up, so that 20 MB plus one byte does not read as "20.0 MB" in the refusal.
        var size = length is { } bytes
            ? $"The file is {(Math.Ceiling(bytes / BytesPerMegabyte * 10) / 10).ToString("0.0", CultureInfo.InvariantCulture)} MB"
            : $"The file is larger than {limit} MB";
        return Invalid(fieldName, $"{size}; at most {limit} MB is accepted.");
    }

    private static ValidationException Invalid(string fieldName, string message) =>
        new([new ValidationFailure(fieldName, message)]);

    /// <summary>A forward-only stream that first replays the header already read, then the rest, within the size cap.</summary>
    private sealed class ReplayingHeaderStream(ReadOnlyMemory<byte> header, Stream rest, string fieldName) : Stream
    {
        private ReadOnlyMemory<byte> _header = header;
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (!_header.IsEmpty)
            {
                return Advance(TakeHeader(buffer));
            }
            return Advance(rest.Read(buffer));
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!_header.IsEmpty)
            {
                return Advance(TakeHeader(buffer.Span));
            }
            return Advance(await rest.ReadAsync(buffer, cancellationToken));
        }

        private int TakeHeader(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, _header.Length);
            _header.Span[..n].CopyTo(buffer);
            _header = _header[n..];
            return n;
        }

        private int Advance(int read)
        {
            _position += read;
            if (_position > UploadRules.MaxBytes)
            {
                throw TooLarge(fieldName, null);
            }
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
