/// Reads a page's date values as `YYYY-MM-DD`: pages write them in many forms (`2022-02-02T09:12`,
/// `02.02.2022, 07:00`, `Wed, 02 Feb 2022 09:12:22 +0100`, `28. Dezember 2022`, `December 28,
/// 2022`), and a date is only comparable, sortable and useful as one form.
///
/// Month names come from `Lexicons/boilerplate.cues` (`[date.month.1]` … `[date.month.12]`, any
/// language), never from code. Numeric forms are read day first (`23.09.2022`, `23/09/2022`),
/// as most of the world writes them; an ambiguous month-first form is not guessed.
struct HTMLDate {
    /// Month number by folded month name or abbreviation.
    let months: [String: Int]

    /// The date a value gives, as `YYYY-MM-DD`, or nil when it gives none this can read.
    func normalize(_ value: String) -> String? {
        let bytes = Array(value.utf8.prefix(200))
        if let iso = HTMLMetadata.isoDate(value) { return iso }
        if let epoch = HTMLDate.epochDate(bytes) { return epoch }
        if let numeric = HTMLMetadata.numericDate(in: bytes) {
            // "01/03/2023" is the 1st of March to most of the world and the 3rd of January to
            // some: a slashed date whose day could be a month is left as written.
            let day = Int(numeric.suffix(2)) ?? 0
            return bytes.contains(UInt8(ascii: "/")) && day <= 12 ? nil : numeric
        }
        return named(bytes)
    }

    /// A Unix time in seconds (ten digits) or milliseconds (thirteen), alone, as its UTC day.
    static func epochDate(_ bytes: [UInt8]) -> String? {
        guard bytes.count == 10 || bytes.count == 13, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return nil
        }
        let seconds = bytes.prefix(10).reduce(0) { $0 * 10 + Int($1 - 0x30) }
        // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
        let z = seconds / 86_400 + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard year >= 1990, year <= 2100 else { return nil }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// A date with a month name: the day before it (`28. Dezember 2022`, `02 Feb 2022`, `1er
    /// mars 2020`) or after it (`December 28, 2022`), the year after both.
    func named(_ bytes: [UInt8]) -> String? {
        guard !months.isEmpty, HTMLDate.hasYear(bytes) else { return nil }
        // Words: runs of letters (any non-ASCII byte counts as a letter) and runs of digits.
        var tokens: [(number: Int?, word: String)] = []
        var k = 0
        while k < bytes.count, tokens.count < 40 {
            let byte = bytes[k]
            if byte >= 0x30 && byte <= 0x39 {
                var value = 0
                var digits = 0
                while k < bytes.count, bytes[k] >= 0x30, bytes[k] <= 0x39 {
                    value = value &* 10 &+ Int(bytes[k] - 0x30)
                    digits += 1
                    k += 1
                }
                tokens.append((digits <= 4 ? value : nil, ""))
            } else if HTMLDate.isLetter(byte) {
                let start = k
                while k < bytes.count, HTMLDate.isLetter(bytes[k]) { k += 1 }
                tokens.append((nil, CueText.fold(utf8: bytes[start..<k])))
            } else {
                k += 1
            }
        }
        for (at, token) in tokens.enumerated() {
            guard token.number == nil, let month = months[token.word] else { continue }
            // Day before the month (one word such as "de" or "er" may sit between), year after.
            var day: Int?
            if at >= 1, let number = tokens[at - 1].number { day = number }
            if day == nil, at >= 2, tokens[at - 1].word.count <= 3, let number = tokens[at - 2].number {
                day = number
            }
            var next = at + 1
            if next < tokens.count, tokens[next].number == nil, tokens[next].word.count <= 3 { next += 1 }
            if day == nil, next < tokens.count, let number = tokens[next].number, number >= 1, number <= 31 {
                // Month first: "December 28, 2022".
                day = number
                next += 1
            }
            // A time and a zone may stand between the day and the year ("Tue Jan 28 15:28:56
            // CET 2020", as Unix `date` writes it): numbers under 60 and short words are passed.
            var skipped = 0
            while skipped < 5, next < tokens.count, (tokens[next].number ?? 0) < 60,
                tokens[next].number != nil || tokens[next].word.count <= 4, day != nil
            {
                next += 1
                skipped += 1
            }
            guard let day, (1...31).contains(day), next < tokens.count, let year = tokens[next].number,
                year >= 1900, year <= 2100
            else { continue }
            func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(year)-\(pad(month))-\(pad(day))"
        }
        return nil
    }

    /// Whether a run of exactly four digits is in the bytes: no year, no date, and no word is
    /// folded to look for a month (most text nodes have none).
    static func hasYear(_ bytes: [UInt8]) -> Bool {
        var run = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
            } else {
                if run == 4 { return true }
                run = 0
            }
        }
        return run == 4
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x80
    }
}
