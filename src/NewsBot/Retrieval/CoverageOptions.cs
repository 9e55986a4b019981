using System.ComponentModel.DataAnnotations;

namespace NewsBot.Retrieval;

/// <summary>Where the coverage comes from and where its indexes live.</summary>
public sealed class CoverageOptions
{
    public const string SectionName = "Coverage";

    /// <summary>Folders of article files. Relative paths are resolved against the content root.</summary>
    [Required]
    [MinLength(1)]
    public IList<string> Folders { get; init; } = [];

    /// <summary>Where indexes are persisted. Relative paths are resolved against the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = ".newsbot";
}
