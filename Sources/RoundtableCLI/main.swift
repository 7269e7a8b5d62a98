import Documents
import Foundation
let text = try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
do { dump(try MarkdownReader().read(text, file: CommandLine.arguments[1])) } catch { print(error.localizedDescription) }
