namespace NewsBot.Ingestion;

/// <summary>
/// The canonical path of a file or folder, with every symbolic link along it resolved (POSIX <c>realpath</c>), so a
/// containment check cannot be fooled by a link or by "..": after <c>a/link/..</c> the walk is in the link target's
/// parent, not lexically back in <c>a</c>.
/// <code>
///   walk the components left to right from the root;
///   "." → skip; ".." → current = parent(current);
///   a link → put its target's components in front of the rest (from the root when the target is absolute);
///   anything else → current = current/component
/// </code>
/// More than <see cref="MaxLinks"/> links (a loop) gives null. A missing component ends the links to resolve; the rest
/// is appended as it is.
/// </summary>
public static class RealPath
{
    public const int MaxLinks = 40;

    public static string? Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new List<string>(Components(full[root.Length..]));
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending[0];
            pending.RemoveAt(0);
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            pending.InsertRange(0, Components(target));
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies beneath it (both canonical).</summary>
    public static bool IsInside(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(folder);

        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.StartsWith(prefix, comparison);
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
