// Edits text in place: every k-th paragraph's longest text node gets its words in reverse order (same characters).
(fraction) => {
  const paragraphs = document.querySelectorAll('p');
  const step = Math.max(1, Math.round(1 / fraction));
  let edited = 0;
  for (let index = 0; index < paragraphs.length; index += step) {
    let longest = null;
    for (const child of paragraphs[index].childNodes) {
      if (child.nodeType === 3 && (longest === null || child.data.length > longest.data.length)) longest = child;
    }
    if (longest === null) continue;
    longest.data = longest.data.split(' ').reverse().join(' ');
    edited++;
  }
  return edited;
}
