/**
 * A progress line on stderr: rewritten in place on a terminal, one line per
 * tenth otherwise (so CI logs stay short but long builds still show life).
 */
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1
  return {
    update({ done, total }: { done: number; total: number }) {
      const percent = Math.floor((done / total) * 100)
      if (stream.isTTY) {
        stream.write(`\r${label} ${done}/${total} (${percent}%)`)
        if (done === total) stream.write('\n')
        return
      }
      const tenth = Math.floor(percent / 10)
      if (tenth !== lastTenth || done === total) {
        lastTenth = tenth
        stream.write(`${label} ${done}/${total} (${percent}%)\n`)
      }
    },
  }
}
