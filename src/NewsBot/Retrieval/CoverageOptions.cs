using System.ComponentModel.DataAnnotations;

namespace NewsBot.Retrieval;

/// <summary>Where the coverage comes from and where its indexes live.</summary>
public sealed class CoverageOptions : IValidatableObject
{
    public const string SectionName = "Coverage";

    /// <summary>Folders of article files. Relative paths are resolved against the content root.</summary>
    public IList<string> Folders { get; init; } = [];

    /// <summary>Corpus files in JSON Lines, one article per line. Relative paths are resolved against the content root.</summary>
    public IList<string> Corpora { get; init; } = [];

    /// <summary>
    /// <see cref="CoverageStoreKind.Embedded"/> (the default: one process, nothing else needed) or
    /// <see cref="CoverageStoreKind.Postgres"/> (a fleet over the database in <c>ConnectionStrings:NewsBot</c>).
    /// </summary>
    public CoverageStoreKind Store { get; set; } = CoverageStoreKind.Embedded;

    /// <summary>Where indexes are persisted. Relative paths are resolved against the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = ".newsbot";

    /// <summary>
    /// Whether the store reads its Lucene files memory-mapped (the default, through <see cref="Mapped.MappedDirectory"/>)
    /// instead of with positional reads, which cost processor time a question and a slower cold start
    /// (docs/PERFORMANCE.md, "Changes while serving").
    /// </summary>
    public bool MemoryMappedReads { get; set; } = true;

    /// <summary>
    /// With <see cref="MemoryMappedReads"/>, whether the mapped files are read through Lucene.NET's own
    /// <c>MMapDirectory</c>, which tracks every clone of an input with a weak GC handle (the collector's pauses grew
    /// several fold once changes had reopened the reader), instead of <see cref="Mapped.MappedDirectory"/>, which
    /// shares one mapping per file among its clones without tracking them. Kept for comparison.
    /// </summary>
    public bool LuceneMMapDirectory { get; set; }

    /// <summary>Whether the bot watches <see cref="Folders"/> and <see cref="Corpora"/> and reloads when files change.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// How often the bot also rescans the sources, for changes file-system events miss (network shares, overflowing
    /// event buffers). A rescan compares names, sizes and times, and reloads only when they differ.
    /// </summary>
    [Range(1, 86400)]
    public int RescanSeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Folders.Count == 0 && Corpora.Count == 0)
        {
            yield return new ValidationResult("Configure at least one article folder (Coverage:Folders) or corpus file (Coverage:Corpora).", [nameof(Folders), nameof(Corpora)]);
        }
    }
}
