using Microsoft.Win32.SafeHandles;

namespace Curriculum.Native;

/// <summary>One Vernaux entry of an ELF <c>.gnu.version_r</c> section: "this object needs <see cref="Version"/> from <see cref="File"/>".</summary>
/// <param name="File">The needed shared object (vn_file), e.g. <c>libstdc++.so.6</c>.</param>
/// <param name="Version">The needed version (vna_name), e.g. <c>GLIBCXX_3.4.32</c>.</param>
/// <param name="Flags">vna_flags; bit 0x2 is VER_FLG_WEAK.</param>
/// <param name="Index">vna_other: the version index that <c>.gnu.version</c> entries use to refer to this need.</param>
/// <param name="FlagsOffset">File offset of the 2-byte little-endian vna_flags field.</param>
internal sealed record VersionNeed(string File, string Version, ushort Flags, ushort Index, long FlagsOffset)
{
    public bool IsWeak => (Flags & ElfVersionNeeds.VerFlagWeak) != 0;

    public override string ToString() => $"{File}: {Version} (flags 0x{Flags:x}{(IsWeak ? ", weak" : "")}, index {Index})";
}

/// <summary>
/// Minimal reader/patcher for the symbol-versioning sections of ELF64 little-endian shared objects
/// (<c>.gnu.version_r</c> needs, <c>.gnu.version_d</c> definitions, <c>.gnu.version</c> + <c>.dynsym</c>).
/// Everything is located through the section headers and read with positioned reads (large libraries are not loaded whole).
/// </summary>
internal static class ElfVersionNeeds
{
    public const ushort VerFlagBase = 0x1;
    public const ushort VerFlagWeak = 0x2;

    private const uint ShtDynSym = 11;
    private const uint ShtGnuVerDef = 0x6ffffffd;
    private const uint ShtGnuVerNeed = 0x6ffffffe;
    private const uint ShtGnuVerSym = 0x6fffffff;

    /// <summary>All version needs of the shared object at <paramref name="path"/>, in file order.</summary>
    public static IReadOnlyList<VersionNeed> Read(string path)
    {
        using var elf = ElfFile.Open(path, writable: false);
        return elf.ReadNeeds();
    }

    /// <summary>The version names the object defines (<c>.gnu.version_d</c>), without the base (soname) entry, e.g. GLIBCXX_3.4.30.</summary>
    public static IReadOnlyList<string> ReadDefinitions(string path)
    {
        using var elf = ElfFile.Open(path, writable: false);
        return elf.ReadDefinitions();
    }

    /// <summary>Names of the dynamic symbols whose <c>.gnu.version</c> entry points at the need <paramref name="versionName"/> (i.e. what actually uses it).</summary>
    public static IReadOnlyList<string> SymbolsUsing(string path, string versionName)
    {
        using var elf = ElfFile.Open(path, writable: false);
        var indexes = elf.ReadNeeds().Where(n => n.Version == versionName).Select(n => n.Index).ToHashSet();
        return indexes.Count == 0 ? [] : elf.ReadSymbolsWithVersionIndex(indexes);
    }

    /// <summary>
    /// Sets VER_FLG_WEAK on every need named <paramref name="versionName"/> so the dynamic loader only warns when the
    /// version is missing instead of refusing to load. Returns how many entries changed (0 when absent or already weak;
    /// then the file is not touched). The change is written to a temporary copy in the same folder that then replaces the
    /// file by rename, so readers never see a half-written file and other hard links to the old file keep the old content.
    /// </summary>
    public static int MakeWeak(string path, string versionName) => MakeWeak(path, [versionName]);

    /// <inheritdoc cref="MakeWeak(string, string)"/>
    public static int MakeWeak(string path, IEnumerable<string> versionNames)
    {
        var names = versionNames.ToHashSet(StringComparer.Ordinal);
        using (var elf = ElfFile.Open(path, writable: false))
            if (!elf.ReadNeeds().Any(n => names.Contains(n.Version) && !n.IsWeak)) return 0;

        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var changed = 0;
            File.Copy(full, temp);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            using (var elf = ElfFile.Open(temp, writable: true))
            {
                // Re-read from the copy: the original may have been replaced between the first read and the copy.
                foreach (var need in elf.ReadNeeds().Where(n => names.Contains(n.Version) && !n.IsWeak))
                {
                    elf.WriteUInt16(need.FlagsOffset, (ushort)(need.Flags | VerFlagWeak));
                    changed++;
                }
                elf.Flush();
            }
            if (changed > 0) File.Move(temp, full, overwrite: true);
            return changed;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private readonly record struct Section(uint Type, long Offset, long Size, uint Link, uint Info, long EntrySize);

    private sealed class ElfFile : IDisposable
    {
        private readonly string _path;
        private readonly SafeFileHandle _handle;
        private readonly long _length;
        private readonly Section[] _sections;

        private ElfFile(string path, SafeFileHandle handle)
        {
            _path = path;
            _handle = handle;
            _length = RandomAccess.GetLength(handle);
            _sections = ReadSectionHeaders();
        }

        public static ElfFile Open(string path, bool writable)
        {
            var handle = File.OpenHandle(path, FileMode.Open, writable ? FileAccess.ReadWrite : FileAccess.Read, FileShare.Read);
            try { return new ElfFile(path, handle); }
            catch { handle.Dispose(); throw; }
        }

        public void Dispose() => _handle.Dispose();

        private InvalidDataException Bad(string why) => new($"{_path} is not a usable ELF64 little-endian shared object: {why}.");

        private byte[] ReadAt(long offset, long count)
        {
            if (offset < 0 || count < 0 || count > int.MaxValue || offset > _length - count)
                throw Bad($"{count} bytes at offset {offset} lie outside the {_length}-byte file");
            var buffer = new byte[count];
            var done = 0;
            while (done < count)
            {
                var n = RandomAccess.Read(_handle, buffer.AsSpan(done), offset + done);
                if (n <= 0) throw Bad($"unexpected end of file at offset {offset + done}");
                done += n;
            }
            return buffer;
        }

        public void WriteUInt16(long offset, ushort value)
        {
            Span<byte> bytes = stackalloc byte[2];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
            RandomAccess.Write(_handle, bytes, offset);
        }

        public void Flush() => RandomAccess.FlushToDisk(_handle);

        private static ushort U16(byte[] b, long at) => System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan((int)at, 2));
        private static uint U32(byte[] b, long at) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan((int)at, 4));
        private static long U64(byte[] b, long at)
        {
            var value = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan((int)at, 8));
            return value > long.MaxValue ? long.MaxValue : (long)value;
        }

        private Section[] ReadSectionHeaders()
        {
            if (_length < 64) throw Bad($"only {_length} bytes, shorter than an ELF64 header");
            var header = ReadAt(0, 64);
            if (header[0] != 0x7f || header[1] != (byte)'E' || header[2] != (byte)'L' || header[3] != (byte)'F')
                throw Bad("no ELF magic (\\x7fELF) at the start");
            if (header[4] != 2) throw Bad($"ELF class {header[4]} is not ELFCLASS64");
            if (header[5] != 1) throw Bad($"data encoding {header[5]} is not little-endian");

            var shoff = U64(header, 0x28);
            var shentsize = U16(header, 0x3a);
            long shnum = U16(header, 0x3c);
            if (shoff == 0) throw Bad("no section header table");
            if (shentsize < 64) throw Bad($"section header entry size {shentsize} < 64");
            if (shnum == 0) // SHN_UNDEF: the real count lives in section 0's sh_size
                shnum = U64(ReadAt(shoff, 64), 0x20);
            if (shnum > 65536) throw Bad($"implausible section count {shnum}");

            var table = ReadAt(shoff, shnum * shentsize);
            var sections = new Section[shnum];
            for (var i = 0; i < shnum; i++)
            {
                var at = (long)i * shentsize;
                sections[i] = new Section(
                    Type: U32(table, at + 4),
                    Offset: U64(table, at + 0x18),
                    Size: U64(table, at + 0x20),
                    Link: U32(table, at + 0x28),
                    Info: U32(table, at + 0x2c),
                    EntrySize: U64(table, at + 0x38));
            }
            return sections;
        }

        private Section? Find(uint type) => _sections.Where(s => s.Type == type).Select(s => (Section?)s).FirstOrDefault();

        private byte[] LinkedStrings(Section section)
        {
            if (section.Link >= _sections.Length) throw Bad($"section link {section.Link} out of range");
            var strtab = _sections[section.Link];
            return ReadAt(strtab.Offset, strtab.Size);
        }

        private string Str(byte[] strtab, uint offset)
        {
            if (offset >= strtab.Length) throw Bad($"string offset {offset} beyond the {strtab.Length}-byte string table");
            var end = Array.IndexOf(strtab, (byte)0, (int)offset);
            if (end < 0) throw Bad("unterminated string in the string table");
            return System.Text.Encoding.UTF8.GetString(strtab, (int)offset, end - (int)offset);
        }

        public List<VersionNeed> ReadNeeds()
        {
            var result = new List<VersionNeed>();
            if (Find(ShtGnuVerNeed) is not { } section) return result;
            var data = ReadAt(section.Offset, section.Size);
            var strings = LinkedStrings(section);

            long vn = 0;
            for (var i = 0; i < section.Info; i++) // sh_info = number of Verneed entries
            {
                if (vn < 0 || vn + 16 > data.Length) throw Bad($"Verneed entry at {vn} outside .gnu.version_r");
                var count = U16(data, vn + 2);
                var file = Str(strings, U32(data, vn + 4));
                var aux = vn + U32(data, vn + 8);
                for (var j = 0; j < count; j++)
                {
                    if (aux < 0 || aux + 16 > data.Length) throw Bad($"Vernaux entry at {aux} outside .gnu.version_r");
                    result.Add(new VersionNeed(
                        File: file,
                        Version: Str(strings, U32(data, aux + 8)),
                        Flags: U16(data, aux + 4),
                        Index: U16(data, aux + 6),
                        FlagsOffset: section.Offset + aux + 4));
                    var nextAux = U32(data, aux + 12);
                    if (nextAux == 0) break;
                    aux += nextAux;
                }
                var next = U32(data, vn + 12);
                if (next == 0) break;
                vn += next;
            }
            return result;
        }

        public List<string> ReadDefinitions()
        {
            var result = new List<string>();
            if (Find(ShtGnuVerDef) is not { } section) return result;
            var data = ReadAt(section.Offset, section.Size);
            var strings = LinkedStrings(section);

            long vd = 0;
            for (var i = 0; i < section.Info; i++) // sh_info = number of Verdef entries
            {
                if (vd < 0 || vd + 20 > data.Length) throw Bad($"Verdef entry at {vd} outside .gnu.version_d");
                var flags = U16(data, vd + 2);
                var auxCount = U16(data, vd + 6);
                var aux = vd + U32(data, vd + 12);
                if (auxCount > 0 && (flags & VerFlagBase) == 0)
                {
                    if (aux < 0 || aux + 8 > data.Length) throw Bad($"Verdaux entry at {aux} outside .gnu.version_d");
                    result.Add(Str(strings, U32(data, aux))); // the first Verdaux names the version; later ones name parents
                }
                var next = U32(data, vd + 16);
                if (next == 0) break;
                vd += next;
            }
            return result;
        }

        public List<string> ReadSymbolsWithVersionIndex(IReadOnlySet<ushort> indexes)
        {
            var result = new List<string>();
            if (Find(ShtDynSym) is not { } dynsym || Find(ShtGnuVerSym) is not { } versym) return result;
            var entrySize = dynsym.EntrySize == 0 ? 24 : dynsym.EntrySize;
            var symbols = ReadAt(dynsym.Offset, dynsym.Size);
            var versions = ReadAt(versym.Offset, versym.Size);
            var strings = LinkedStrings(dynsym);
            var count = Math.Min(symbols.Length / entrySize, versions.Length / 2);
            for (long i = 0; i < count; i++)
            {
                var index = (ushort)(U16(versions, i * 2) & 0x7fff); // bit 15 = hidden
                if (indexes.Contains(index)) result.Add(Str(strings, U32(symbols, i * entrySize)));
            }
            return result;
        }
    }
}
