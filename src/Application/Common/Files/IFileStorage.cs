namespace OneStop.Application.Common.Files;

/// <summary>
/// Where uploaded files live: a folder on disk by default, an S3-compatible store later. Keys are chosen
/// by the store, never by the user. A file is reachable only through a database row that holds its key;
/// files no row references are removed by a periodic sweep (<see cref="ListStoredBeforeAsync"/>).
/// </summary>
public interface IFileStorage
{
    /// <summary>
    /// Stores the content under a new key and returns it with size and SHA-256 (hex). The file is durable
    /// when this returns. Content over <see cref="UploadRules.MaxBytes"/> is refused with a
    /// <see cref="Exceptions.ValidationException"/> keyed by <see cref="UploadRules.StorageFieldName"/>, and
    /// nothing is left behind, whatever length was declared.
    /// </summary>
    Task<StoredFile> SaveAsync(Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>Opens a stored file for reading, or null when there is none under that key (or the key is malformed).</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes the file under the key. Idempotent: a missing file or a malformed key is no error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Keys of files stored before the given instant (for the sweep of unreferenced files).</summary>
    IAsyncEnumerable<string> ListStoredBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken);
}
