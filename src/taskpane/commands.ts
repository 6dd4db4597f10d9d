/**
 * The ribbon's FunctionFile. The only ribbon button opens the task pane (ShowTaskpane needs no code),
 * but hosts still load this page, so it must call Office.onReady.
 */
Office.onReady(() => {
  // Nothing to register: no ExecuteFunction commands yet.
});
