// Component tests start each time in French with empty storage.
beforeEach(() => {
  localStorage.clear();
});
