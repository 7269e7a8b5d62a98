/// Whole-number percentages that add up to exactly 100, by the largest-remainder method.
package enum Percentages {
    /// Each value's percentage of the total, rounded so that the results sum to 100: every
    /// percentage is first rounded down, then the points still missing go one each to the values
    /// with the largest remainders (ties to the larger value, then to the earlier one). When the
    /// total is zero, every percentage is 0.
    package static func largestRemainder(_ values: [Double]) -> [Int] {
        let clean = values.map { $0.isFinite && $0 > 0 ? $0 : 0 }
        let total = clean.reduce(0, +)
        guard total > 0 else { return Array(repeating: 0, count: values.count) }
        let quotas = clean.map { $0 / total * 100 }
        var result = quotas.map { Int($0.rounded(.down)) }
        let missing = 100 - result.reduce(0, +)
        let order = quotas.indices.sorted { a, b in
            let (ra, rb) = (quotas[a] - Double(result[a]), quotas[b] - Double(result[b]))
            if ra != rb { return ra > rb }
            if clean[a] != clean[b] { return clean[a] > clean[b] }
            return a < b
        }
        for index in order.prefix(missing) { result[index] += 1 }
        return result
    }
}
