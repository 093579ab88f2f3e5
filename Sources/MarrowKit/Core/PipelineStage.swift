/// One step of the pipeline: a pure function from what the step before produced to what the next
/// one needs (the swift-nio handler pattern, one document in and one value out).
///
/// A stage does no I/O and holds no mutable state, so it tests on its own with a value in and a
/// value out, and any number of documents can pass through one stage at once. Stages compose with
/// ``then(_:)`` into a ``ChainedStages``, itself a stage; the composition is generic, so the
/// compiler specializes it and a chain costs what the direct calls cost (no existentials).
///
/// A stage that cannot fail implements `process` without `throws`, and its ``Failure`` is `Never`.
public protocol PipelineStage<Input, Output>: Sendable {
    /// What the stage reads.
    associatedtype Input
    /// What the stage produces.
    associatedtype Output
    /// What the stage throws: `Never` for a stage that cannot fail.
    associatedtype Failure: Error = Never

    /// Runs the stage on one value.
    ///
    /// - Parameter input: the previous stage's output.
    /// - Returns: this stage's output for it.
    /// - Throws: ``Failure`` when the input cannot go on.
    func process(_ input: Input) throws(Failure) -> Output
}

extension PipelineStage {
    /// This stage followed by `next`, which reads what this one produces.
    ///
    /// Only the first stage of a chain may fail (in the pipeline, cleaning is the one that rejects a
    /// document); the stages after it take whatever it passes on.
    ///
    /// - Parameter next: the stage to run on this stage's output; it cannot fail.
    /// - Returns: one stage that runs both, in order, and fails as this one does.
    public func then<Next: PipelineStage>(_ next: Next) -> ChainedStages<Self, Next>
    where Next.Input == Output, Next.Failure == Never {
        ChainedStages(first: self, second: next)
    }
}

/// Two stages run one after the other: `second` reads what `first` produced.
public struct ChainedStages<First: PipelineStage, Second: PipelineStage>: PipelineStage
where First.Output == Second.Input, Second.Failure == Never {
    /// The stage that runs first.
    public let first: First
    /// The stage that reads the first one's output.
    public let second: Second

    /// Runs `first`, then `second` on its output.
    ///
    /// - Parameter input: the input of `first`.
    /// - Returns: the output of `second`.
    /// - Throws: what `first` throws.
    @inlinable
    public func process(_ input: First.Input) throws(First.Failure) -> Second.Output {
        second.process(try first.process(input))
    }
}
