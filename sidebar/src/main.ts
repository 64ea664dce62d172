document.getElementById("app")!.textContent = "AP Placements";
