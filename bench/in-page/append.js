// Infinite scroll: parses the new articles off-page, then appends them one by one to the feed.
(html) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  const feed = document.getElementById('feed') ?? document.body;
  const items = [...template.content.children];
  for (const item of items) feed.append(item);
  return items.length;
}
