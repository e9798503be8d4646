using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Files;
using OneStop.Infrastructure.Files;

namespace OneStop.Infrastructure.IntegrationTests.Files;

/// <summary>The disk store on a real temporary folder, one per test.</summary>
public sealed class DiskFileStorageTests
{
    private string _root = null!;
    private DiskFileStorage _storage = null!;

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "onestop-files-" + Guid.NewGuid().ToString("N"));
        _storage = new DiskFileStorage(Options.Create(new FileStorageOptions { RootPath = _root }), TimeProvider.System);
    }

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    private string[] FilesOnDisk() =>
        Directory.Exists(_root) ? Directory.GetFiles(_root, "*", SearchOption.AllDirectories) : [];

    private async Task<List<string>> ListBefore(DateTimeOffset instant)
    {
        var keys = new List<string>();
        await foreach (var key in _storage.ListStoredBeforeAsync(instant, CancellationToken.None))
        {
            keys.Add(key);
        }
        return keys;
    }

    [Test]
    public async Task ShouldReadBackWhatWasSavedWithItsLengthAndHash()
    {
        var bytes = RandomBytes(300_000);

        var stored = await _storage.SaveAsync(new MemoryStream(bytes), "application/pdf", CancellationToken.None);
        await using var read = await _storage.OpenReadAsync(stored.Key, CancellationToken.None);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);

        copy.ToArray().ShouldBe(bytes);
        stored.Length.ShouldBe(bytes.Length);
        stored.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        stored.Key.ShouldMatch(@"^\d{4}/\d{2}/[0-9a-f]{32}$");
    }

    [Test]
    public async Task ShouldStoreAnEmptyStream()
    {
        var stored = await _storage.SaveAsync(new MemoryStream(), "image/png", CancellationToken.None);

        stored.Length.ShouldBe(0);
        stored.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData([])));
    }

    [Test]
    public async Task ShouldAcceptExactlyTheCap()
    {
        var stored = await _storage.SaveAsync(new MemoryStream(new byte[UploadRules.MaxBytes]), "application/pdf", CancellationToken.None);

        stored.Length.ShouldBe(UploadRules.MaxBytes);
    }

    [Test]
    public async Task ShouldDeleteAndThenFindNothing()
    {
        var stored = await _storage.SaveAsync(new MemoryStream(RandomBytes(10)), "image/jpeg", CancellationToken.None);

        await _storage.DeleteAsync(stored.Key, CancellationToken.None);

        (await _storage.OpenReadAsync(stored.Key, CancellationToken.None)).ShouldBeNull();
        FilesOnDisk().ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldDeleteIdempotently()
    {
        var stored = await _storage.SaveAsync(new MemoryStream(RandomBytes(10)), "image/jpeg", CancellationToken.None);

        await _storage.DeleteAsync(stored.Key, CancellationToken.None);
        await Should.NotThrowAsync(() => _storage.DeleteAsync(stored.Key, CancellationToken.None));
        await Should.NotThrowAsync(() => _storage.DeleteAsync("1999/01/" + new string('a', 32), CancellationToken.None));
    }

    [TestCase("")]
    [TestCase("../../etc/passwd")]
    [TestCase("/etc/passwd")]
    [TestCase("2025/01/../../../etc/passwd")]
    [TestCase("2025/13/0123456789abcdef0123456789abcdef")]
    [TestCase("2025/01/0123456789ABCDEF0123456789ABCDEF")]
    [TestCase("2025/01/0123456789abcdef0123456789abcdef\n")]
    [TestCase("2025/01/.0123456789abcdef0123456789abcdef.tmp")]
    [TestCase("2025\\01\\0123456789abcdef0123456789abcdef")]
    [TestCase("٢٠٢٥/01/0123456789abcdef0123456789abcdef")]
    public async Task ShouldFindNothingUnderAMalformedKey(string key) =>
        (await _storage.OpenReadAsync(key, CancellationToken.None)).ShouldBeNull();

    [Test]
    public async Task ShouldFindNothingUnderAnUnknownKey() =>
        (await _storage.OpenReadAsync("2025/01/0123456789abcdef0123456789abcdef", CancellationToken.None)).ShouldBeNull();

    [Test]
    public async Task ShouldDeleteNothingOutsideTheFolderForAMalformedKey()
    {
        var outside = Path.Combine(Path.GetTempPath(), "onestop-victim-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(outside, "keep me");
        try
        {
            await _storage.DeleteAsync(Path.Combine("..", Path.GetFileName(outside)), CancellationToken.None);
            await _storage.DeleteAsync(outside, CancellationToken.None);

            File.Exists(outside).ShouldBeTrue();
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Test]
    public async Task ShouldRejectAStreamLongerThanTheCapAndLeaveNoFile()
    {
        var tooLong = new MemoryStream(new byte[UploadRules.MaxBytes + 1]);

        var error = await Should.ThrowAsync<ValidationException>(() => _storage.SaveAsync(tooLong, "application/pdf", CancellationToken.None));

        error.Errors[UploadRules.StorageFieldName].ShouldBe(["The file is larger than 20 MB; at most 20 MB is accepted."]);
        FilesOnDisk().ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldStopReadingSoonAfterTheCapWhateverTheStreamClaims()
    {
        var endless = new EndlessStream();

        await Should.ThrowAsync<ValidationException>(() => _storage.SaveAsync(endless, "application/pdf", CancellationToken.None));

        endless.BytesRead.ShouldBeLessThan(UploadRules.MaxBytes + 1024 * 1024);
        FilesOnDisk().ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldLeaveNoFileWhenTheStreamFailsMidway()
    {
        var failing = new FailingStream(failAfter: 200_000);

        await Should.ThrowAsync<IOException>(() => _storage.SaveAsync(failing, "image/png", CancellationToken.None));

        FilesOnDisk().ShouldBeEmpty();
        (await ListBefore(DateTimeOffset.UtcNow.AddDays(1))).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldLeaveNoFileWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var cancelling = new FailingStream(failAfter: long.MaxValue, onRead: cancellation.Cancel);

        await Should.ThrowAsync<OperationCanceledException>(() => _storage.SaveAsync(cancelling, "image/png", cancellation.Token));

        FilesOnDisk().ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldListOldFilesButNotNewOnes()
    {
        var now = DateTimeOffset.UtcNow;
        var old = await _storage.SaveAsync(new MemoryStream(RandomBytes(10)), "application/pdf", CancellationToken.None);
        var recent = await _storage.SaveAsync(new MemoryStream(RandomBytes(10)), "application/pdf", CancellationToken.None);
        File.SetLastWriteTimeUtc(Path.Combine(_root, old.Key), now.AddHours(-2).UtcDateTime);

        var listed = await ListBefore(now.AddHours(-1));

        listed.ShouldBe([old.Key]);
        listed.ShouldNotContain(recent.Key);
    }

    [Test]
    public async Task ShouldListNeitherTempFilesNorStrangers()
    {
        var stored = await _storage.SaveAsync(new MemoryStream(RandomBytes(10)), "application/pdf", CancellationToken.None);
        var folder = Path.GetDirectoryName(Path.Combine(_root, stored.Key))!;
        var strangers = new[]
        {
            Path.Combine(folder, $".{Path.GetFileName(stored.Key)}.tmp"),
            Path.Combine(folder, "notes.txt"),
            Path.Combine(_root, "README"),
        };
        foreach (var path in strangers.Append(Path.Combine(_root, stored.Key)))
        {
            await File.WriteAllTextAsync(path, "x");
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-2));
        }

        (await ListBefore(DateTimeOffset.UtcNow)).ShouldBe([stored.Key]);
    }

    [Test]
    public async Task ShouldListNothingWhenTheFolderDoesNotExistYet() =>
        (await ListBefore(DateTimeOffset.UtcNow.AddDays(1))).ShouldBeEmpty();

    [Test]
    public async Task ShouldKeepFiftyConcurrentSavesApartAndReadable()
    {
        var contents = Enumerable.Range(0, 50).Select(_ => RandomBytes(Random.Shared.Next(1, 100_000))).ToArray();

        var stored = await Task.WhenAll(contents.Select(bytes => Task.Run(() => _storage.SaveAsync(new MemoryStream(bytes), "image/jpeg", CancellationToken.None))));

        stored.Select(s => s.Key).Distinct().Count().ShouldBe(50);
        for (var i = 0; i < contents.Length; i++)
        {
            await using var read = await _storage.OpenReadAsync(stored[i].Key, CancellationToken.None);
            using var copy = new MemoryStream();
            await read!.CopyToAsync(copy);
            copy.ToArray().ShouldBe(contents[i]);
            stored[i].Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(contents[i])));
        }
        FilesOnDisk().Length.ShouldBe(50);
    }

    [Test]
    public void ShouldRefuseARelativeRootPath() =>
        Should.Throw<InvalidOperationException>(() =>
            new DiskFileStorage(Options.Create(new FileStorageOptions { RootPath = ".data/files" }), TimeProvider.System));

    /// <summary>Claims a modest length but never ends, like a request body whose Content-Length lies.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => 1024;
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(0x42);
            BytesRead += count;
            return count;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Yields bytes, then fails as a dropped connection does; <paramref name="onRead"/> runs before each read.</summary>
    private sealed class FailingStream(long failAfter, Action? onRead = null) : Stream
    {
        private long _read;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            onRead?.Invoke();
            if (_read >= failAfter)
            {
                throw new IOException("The client disconnected.");
            }
            var n = (int)Math.Min(count, failAfter - _read);
            buffer.AsSpan(offset, n).Fill(0x17);
            _read += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            onRead?.Invoke();
            cancellationToken.ThrowIfCancellationRequested();
            if (_read >= failAfter)
            {
                throw new IOException("The client disconnected.");
            }
            var n = (int)Math.Min(buffer.Length, failAfter - _read);
            buffer.Span[..n].Fill(0x17);
            _read += n;
            return ValueTask.FromResult(n);
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
