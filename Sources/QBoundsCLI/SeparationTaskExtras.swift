/// Tasks added after the first set (Peres–Mermin, distributed inference); nil when `name` is not one of them.
enum SeparationTaskExtras {
    static func run(name: String, n: Int?, json: Bool) throws -> (json: [String: Any], text: String)? { nil }
}
