using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OneStop.Application.Common.Files;

namespace OneStop.Infrastructure.Files;

/// <summary>
/// Keeps uploads in a folder on disk under keys <c>yyyy/MM/{32 hex digits of a version-7 GUID}</c>.
/// Keys are made here, never from user input, and any string not in that exact shape is refused, so no
/// key can name a path outside the folder.
/// </summary>
public sealed partial class DiskFileStorage : IFileStorage
{
    private const int BufferSize = 81_920;

    private readonly string _root;
    private readonly TimeProvider _clock;

    public DiskFileStorage(IOptions<FileStorageOptions> options, TimeProvider clock)
    {
        var root = options.Value.RootPath;
        if (string.IsNullOrWhiteSpace(root) || !Path.IsPathFullyQualified(root))
        {
            throw new InvalidOperationException($"{FileStorageOptions.Section}:RootPath must be an absolute path; it is '{root}'.");
        }
        _root = Path.GetFullPath(root);
        _clock = clock;
    }

    public async Task<StoredFile> SaveAsync(Stream content, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The media type is not kept on disk: the row that references the key records it. An S3 store sets it on the object.
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);

        var now = _clock.GetUtcNow();
        var key = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{Guid.CreateVersion7(now):N}");
        var path = PathOf(key);
        var directory = Path.GetDirectoryName(path)!;
        EnsureDirectory(directory);
        // Written beside its final place, then renamed: nothing half-written is ever visible under a key.
        // The leading dot and the suffix keep it out of the key format, so it is never listed or opened.
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.tmp");

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long length = 0;
        var moved = false;
        try
        {
            await using (var file = new FileStream(temp, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                Options = FileOptions.Asynchronous,
                BufferSize = 0,
            }))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    length += read;
                    // Counted while copying, so a lying Content-Length or an endless stream cannot fill the disk.
                    if (length > UploadRules.MaxBytes)
                    {
                        throw UploadCheck.TooLarge(UploadRules.StorageFieldName, null);
                    }
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, path);
            moved = true;
            // The rename is durable only once the directory entry is on disk too.
            SyncDirectory(directory);
        }
        catch
        {
            TryDelete(temp);
            if (moved)
            {
                TryDelete(path);
            }
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new StoredFile(key, length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        if (!IsKey(key))
        {
            return Task.FromResult<Stream?>(null);
        }
        try
        {
            // FileShare.Delete: the sweep or a rollback may delete a file while someone downloads it.
            Stream stream = new FileStream(PathOf(key), new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read | FileShare.Delete,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (IsKey(key))
        {
            try
            {
                File.Delete(PathOf(key));
            }
            catch (DirectoryNotFoundException)
            {
                // Nothing was ever stored that month: already deleted, as far as the caller cares.
            }
        }
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<string> ListStoredBeforeAsync(DateTimeOffset instant, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Directory enumeration is synchronous; let the caller's loop start without blocking on it.
        await Task.Yield();
        var root = new DirectoryInfo(_root);
        if (!root.Exists)
        {
            yield break;
        }
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MaxRecursionDepth = 2,
            IgnoreInaccessible = true,
            AttributesToSkip = 0,
        };
        var cutoff = instant.UtcDateTime;
        foreach (var file in root.EnumerateFiles("*", options))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(_root, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (IsKey(key) && file.LastWriteTimeUtc < cutoff)
            {
                yield return key;
            }
        }
    }

    private static bool IsKey(string? key) => key is not null && KeyFormat().IsMatch(key);

    // [0-9] rather than \d, which would accept other scripts' digits; \z rather than $, which allows a final newline.
    [GeneratedRegex(@"\A[0-9]{4}/(0[1-9]|1[0-2])/[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyFormat();

    private string PathOf(string key) => Path.Combine(_root, key);

    private void EnsureDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            return;
        }
        Directory.CreateDirectory(directory);
        // A new folder's own entry must reach the disk as well, or a crash could lose it with the files in it.
        SyncDirectory(Path.GetDirectoryName(directory)!);
        SyncDirectory(_root);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort while another failure propagates; a leftover temp file is never reachable.
        }
    }

    /// <summary>fsync on a directory, which .NET offers no API for. Unix only; elsewhere renames are journalled by the file system.</summary>
    private static void SyncDirectory(string directory)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            return;
        }
        var fd = Posix.Open(directory, Posix.ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"Cannot open '{directory}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }
        try
        {
            if (Posix.Fsync(fd) != 0)
            {
                throw new IOException($"Cannot flush '{directory}' to disk (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Posix.Close(fd);
        }
    }

    private static class Posix
    {
        public const int ReadOnly = 0;

        // DllImport rather than LibraryImport, whose generated code needs unsafe blocks the project does not allow.
        // "libc" is mapped by the runtime to the platform's C library (libc.so.6, libSystem).
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int Fsync(int fd);

        [DllImport("libc", EntryPoint = "close")]
        public static extern int Close(int fd);
    }
}
