import Insight

/// The city report's SVG bar charts, as values for the `chart` template: every coordinate is
/// computed here and goes into the markup as an escaped number, every label as escaped text.
extension HTMLReport {
    static let chartWidth = 960

    /// Stacked bars per week, one segment per channel, the total above each bar.
    func weekChart(_ weeks: [ISOWeek], _ channels: [String]) -> [String: Any] {
        let totals = weeks.map { week in channels.map { statistics.total(week: week, channel: $0) } }
        let maximum = Self.niceCeiling(totals.map { $0.reduce(0, +) }.max() ?? 0)
        let (left, top, plotHeight) = (60, 44, 240)
        let plotWidth = Self.chartWidth - left - 16
        let slot = Double(plotWidth) / Double(weeks.count)
        let barWidth = min(56, slot * 0.7)
        var shapes = Self.axis(left: left, top: top, width: plotWidth, height: plotHeight, maximum: maximum)
        for (position, week) in weeks.enumerated() {
            let x = Double(left) + slot * Double(position) + (slot - barWidth) / 2
            var base = Double(top + plotHeight)
            for (column, channel) in channels.enumerated() where totals[position][column] > 0 {
                let value = totals[position][column]
                let barHeight = Double(plotHeight) * Double(value) / Double(maximum)
                base -= barHeight
                shapes.append(
                    Self.rect(
                        x: x, y: base, width: barWidth, height: barHeight, fill: Self.colour(channel),
                        tip: "\(week.label), \(QueryChannel.label(channel)): \(value)"))
            }
            let middle = x + barWidth / 2
            shapes.append(
                Self.text(
                    middle, base - 5, HTML.number(totals[position].reduce(0, +)), anchor: "middle",
                    cls: "value"))
            shapes.append(Self.text(middle, Double(top + plotHeight + 18), week.label, anchor: "middle"))
            shapes.append(
                Self.text(
                    middle, Double(top + plotHeight + 34), String(week.monday.description.dropFirst(5)),
                    anchor: "middle", cls: "small"))
        }
        return Self.chart(
            id: "diagram-vecka", height: top + plotHeight + 44, title: "Sökningar per vecka och kanal",
            description:
                "Staplade staplar, en per vecka, delade efter kanal. Samma siffror finns i tabellen under diagrammet.",
            legend: channels, shapes: shapes)
    }

    /// Horizontal stacked bars per topic, one segment per channel, the total after each bar.
    func topicChart(_ topics: [String], _ channels: [String]) -> [String: Any] {
        let values = topics.map { topic in channels.map { statistics.count(topic: topic, channel: $0) } }
        let maximum = max(values.map { $0.reduce(0, +) }.max() ?? 0, 1)
        let (left, top, row) = (230, 40, 30)
        let plotWidth = Self.chartWidth - left - 70
        var shapes: [[String: Any]] = []
        for (position, topic) in topics.enumerated() {
            let y = top + row * position
            shapes.append(
                Self.text(Double(left - 8), Double(y + 19), Self.shortened(topic, 30), anchor: "end"))
            var x = Double(left)
            for (column, channel) in channels.enumerated() where values[position][column] > 0 {
                let value = values[position][column]
                let width = Double(plotWidth) * Double(value) / Double(maximum)
                shapes.append(
                    Self.rect(
                        x: x, y: Double(y + 5), width: width, height: 20, fill: Self.colour(channel),
                        tip: "\(topic), \(QueryChannel.label(channel)): \(value)"))
                x += width
            }
            shapes.append(
                Self.text(x + 6, Double(y + 19), HTML.number(values[position].reduce(0, +)), cls: "value"))
        }
        return Self.chart(
            id: "diagram-amne", height: top + row * topics.count + 10, title: "Mest frågade ämnen",
            description:
                "Liggande staplar, en per ämne, delade efter kanal. Samma siffror finns i tabellen under diagrammet.",
            legend: channels, shapes: shapes)
    }

    /// One row of bars per topic, one bar per week, all on one scale.
    func trendChart(_ topics: [String], _ weeks: [ISOWeek], _ perWeek: [[String: Int]]) -> [String: Any] {
        let maximum = max(topics.flatMap { topic in perWeek.map { $0[topic] ?? 0 } }.max() ?? 0, 1)
        let (left, top, row, barArea) = (230, 10, 64, 40)
        let plotWidth = Self.chartWidth - left - 16
        let slot = Double(plotWidth) / Double(weeks.count)
        let barWidth = min(40, slot * 0.6)
        var shapes: [[String: Any]] = []
        for (position, topic) in topics.enumerated() {
            let baseline = top + row * position + barArea + 8
            shapes.append(
                Self.text(Double(left - 8), Double(baseline), Self.shortened(topic, 30), anchor: "end"))
            shapes.append(Self.line(left, baseline, left + plotWidth, baseline, cls: "axis"))
            for (column, week) in weeks.enumerated() {
                let value = perWeek[column][topic] ?? 0
                let barHeight = Double(barArea) * Double(value) / Double(maximum)
                let x = Double(left) + slot * Double(column) + (slot - barWidth) / 2
                shapes.append(
                    Self.rect(
                        x: x, y: Double(baseline) - barHeight, width: barWidth, height: barHeight,
                        fill: "#0b5fa5", tip: "\(topic), \(week.label): \(value)"))
                shapes.append(
                    Self.text(
                        x + barWidth / 2, Double(baseline) - barHeight - 3, HTML.number(value),
                        anchor: "middle",
                        cls: "small"))
            }
        }
        let labelY = Double(top + row * topics.count + 14)
        for (column, week) in weeks.enumerated() {
            let x = Double(left) + slot * Double(column) + slot / 2
            shapes.append(Self.text(x, labelY, week.label, anchor: "middle", cls: "small"))
        }
        return Self.chart(
            id: "diagram-trend", height: top + row * topics.count + 24, title: "Ämnen vecka för vecka",
            description:
                "En rad per ämne med en stapel per vecka, alla på samma skala. Samma siffror finns i tabellen under diagrammet.",
            legend: [], shapes: shapes)
    }

    /// The axis maximum for `value`: four grid steps of 1, 2, 3, 4, 5, 6 or 8 × 10ⁿ, the
    /// smallest that reaches `value`, so every grid line is a round whole number.
    static func niceCeiling(_ value: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 3, 4, 5, 6, 8] where 4 * factor * magnitude >= value {
                return 4 * factor * magnitude
            }
            magnitude *= 10
        }
    }

    // MARK: Shapes

    private static func chart(
        id: String, height: Int, title: String, description: String, legend channels: [String],
        shapes: [[String: Any]]
    ) -> [String: Any] {
        var legend: [[String: Any]] = []
        var x = 0
        let y = 14
        for channel in channels {
            let label = QueryChannel.label(channel).capitalizedFirst
            legend.append(rect(x: Double(x), y: Double(y - 11), width: 14, height: 14, fill: colour(channel)))
            legend.append(text(Double(x + 20), Double(y + 1), label))
            x += 40 + 9 * label.count
        }
        return [
            "id": id, "width": chartWidth, "height": height, "title": title, "description": description,
            "hasLegend": !legend.isEmpty, "legend": legend, "shapes": shapes,
        ]
    }

    private static func axis(left: Int, top: Int, width: Int, height: Int, maximum: Int) -> [[String: Any]] {
        var shapes: [[String: Any]] = []
        for step in 0...4 {
            let y = top + height - height * step / 4
            shapes.append(line(left, y, left + width, y, cls: step == 0 ? "axis" : "grid"))
            shapes.append(
                text(
                    Double(left - 8), Double(y + 5), HTML.number(maximum * step / 4), anchor: "end",
                    cls: "small"))
        }
        return shapes
    }

    private static func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, tip: String? = nil
    ) -> [String: Any] {
        var shape: [String: Any] = [
            "isRect": true, "x": f(x), "y": f(y), "w": f(width), "h": f(height), "fill": fill,
        ]
        if let tip { shape["tip"] = tip }
        return shape
    }

    private static func text(
        _ x: Double, _ y: Double, _ text: String, anchor: String? = nil, cls: String? = nil
    ) -> [String: Any] {
        var shape: [String: Any] = ["isText": true, "x": f(x), "y": f(y), "text": text]
        if let anchor { shape["anchor"] = anchor }
        if let cls { shape["cls"] = cls }
        return shape
    }

    private static func line(_ x1: Int, _ y1: Int, _ x2: Int, _ y2: Int, cls: String) -> [String: Any] {
        ["isLine": true, "x1": x1, "y1": y1, "x2": x2, "y2": y2, "cls": cls]
    }

    /// A coordinate to one decimal, without a trailing ".0".
    private static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private static func shortened(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
