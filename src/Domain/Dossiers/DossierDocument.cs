using OneStop.Domain.Common;

namespace OneStop.Domain.Dossiers;

public enum DocumentPurpose
{
    /// <summary>A component of the dossier (thành phần hồ sơ).</summary>
    Component = 1,
    /// <summary>A component supplied after a supplement request.</summary>
    Supplement = 2,
    /// <summary>A file an officer attaches to an action (a minute, an appraisal, a site report).</summary>
    Attachment = 3,
    /// <summary>The electronic result (kết quả điện tử).</summary>
    Result = 4,
}

/// <summary>A stored file of the dossier. The bytes live in file storage under <see cref="StorageKey"/>.</summary>
public sealed class DossierDocument : Entity
{
    public Guid DossierId { get; private set; }
    public DocumentPurpose Purpose { get; private set; }
    /// <summary>Position of the procedure case's required document it fulfils; null for attachments and results.</summary>
    public int? RequiredDocumentIndex { get; private set; }
    public string FileName { get; private set; } = null!;
    public string ContentType { get; private set; } = null!;
    public long Length { get; private set; }
    public string Sha256 { get; private set; } = null!;
    public string StorageKey { get; private set; } = null!;
    /// <summary>Scanned from paper at the counter (số hóa).</summary>
    public bool Digitized { get; private set; }
    public Guid UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    private DossierDocument() { }

    internal DossierDocument(Guid dossierId, FileReference file, DocumentPurpose purpose, int? requiredDocumentIndex, bool digitized, Guid uploadedBy, DateTimeOffset at)
    {
        DossierId = dossierId;
        Purpose = purpose;
        RequiredDocumentIndex = requiredDocumentIndex;
        FileName = file.FileName;
        ContentType = file.ContentType;
        Length = file.Length;
        Sha256 = file.Sha256;
        StorageKey = file.StorageKey;
        Digitized = digitized;
        UploadedBy = uploadedBy;
        UploadedAt = at;
    }
}
