// The upload page (/upload): files dropped or chosen go to POST /api/documents, one request per
// file (two at a time), each with its own progress bar and its outcome in plain Vietnamese.
// A static file, not an inline script: the Content-Security-Policy allows only scripts of 'self'.
(function () {
  'use strict';

  var form = document.getElementById('upload');
  if (!form) {
    return;
  }
  var input = document.getElementById('files');
  var zone = document.getElementById('dropzone');
  var tokenField = document.getElementById('token');
  var errorBox = document.getElementById('upload-error');
  var list = document.getElementById('uploads');
  var empty = document.getElementById('uploads-empty');
  var maxBytes = Number(form.getAttribute('data-max-bytes')) || 0;
  // A logged-in page carries its login's CSRF token in the layout; the cookie goes by itself.
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute('content') : '';
  var PARALLEL = 2;
  var queue = [];
  var running = 0;

  // The ingestion's reasons are English (the API's language); staff read them in Vietnamese,
  // with the technical reason kept beside for whoever looks into it.
  var REASONS = [
    [/^the file is empty/, 'tệp rỗng (0 byte)'],
    [/^unsupported file type/, 'định dạng tệp chưa được hỗ trợ'],
    [/encrypted or password-protected/, 'tệp bị mã hóa hoặc đặt mật khẩu'],
    [/^the file is damaged or not a valid/, 'tệp bị hỏng hoặc không đúng định dạng'],
    [/^the file is larger than/, 'tệp quá lớn'],
    [/^the upload is larger than/, 'tệp quá lớn'],
    [/^extraction took longer than/, 'đọc nội dung tệp quá lâu nên đã dừng'],
    [/type could not be detected/, 'không nhận ra định dạng tệp'],
    [/^zip nested deeper/, 'tệp nén lồng nhau quá nhiều tầng'],
    [/^zip refused|^the zip is damaged/, 'tệp nén .zip bị hỏng hoặc bị từ chối'],
    [/could not be read|cannot be read/, 'không đọc được tệp']
  ];

  function vietnameseReason(reason) {
    for (var i = 0; i < REASONS.length; i++) {
      if (REASONS[i][0].test(reason)) {
        return REASONS[i][1];
      }
    }
    return 'không đọc được nội dung tệp';
  }

  function megabytes(bytes) {
    return (bytes / 1048576).toLocaleString('vi-VN', {maximumFractionDigits: 1}) + ' MB';
  }

  function size(bytes) {
    return bytes < 1024 ? bytes + ' byte' : bytes < 1048576
        ? Math.round(bytes / 1024).toLocaleString('vi-VN') + ' KB' : megabytes(bytes);
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = !message;
  }

  /** One file's row: name, size, progress bar, state; returned as the handles that update it. */
  function addRow(file) {
    var li = el('li', 'upload-item waiting');
    var head = el('div', 'upload-head');
    head.appendChild(el('span', 'upload-name', file.name));
    head.appendChild(el('span', 'upload-size', size(file.size)));
    var bar = el('progress', 'upload-bar');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', 'Tiến độ tải lên ' + file.name);
    var state = el('p', 'upload-state', 'Đang chờ…');
    li.appendChild(head);
    li.appendChild(bar);
    li.appendChild(state);
    list.appendChild(li);
    empty.hidden = true;
    return {file: file, li: li, bar: bar, state: state};
  }

  function finish(row, kind, message, doc, detail) {
    row.li.className = 'upload-item ' + kind;
    row.bar.value = 100;
    row.bar.hidden = true;
    row.state.textContent = '';
    row.state.appendChild(el('strong', 'upload-outcome', message));
    if (doc) {
      var label = [doc.number, doc.title].filter(Boolean).join(' — ') || doc.filename;
      row.state.appendChild(document.createTextNode(' '));
      var a = el('a', 'upload-doc', label);
      a.href = '/documents/' + doc.id;
      row.state.appendChild(a);
    }
    if (detail) {
      row.state.appendChild(el('span', 'upload-detail small', ' (' + detail + ')'));
    }
  }

  /** The outcome of one file, as the API reports it in files[0]. */
  function showOutcome(row, result) {
    if (result.status === 'added') {
      finish(row, 'added', 'Đã thêm vào kho:', result.document);
      if (result.warnings && result.warnings.length) {
        row.state.appendChild(el('span', 'upload-detail small', ' Lưu ý: ' + result.warnings.join('; ')));
      }
    } else if (result.status === 'unchanged') {
      finish(row, 'unchanged', 'Đã có trong kho từ trước:', result.document);
    } else {
      var reason = result.error || '';
      finish(row, 'failed', 'Không thêm được: ' + vietnameseReason(reason) + '.', null, reason);
    }
  }

  function showHttpError(row, status, body) {
    var message = body && body.message ? body.message : '';
    if (status === 401) {
      finish(row, 'failed', csrf ? 'Không thêm được: phiên đăng nhập đã hết hạn, hãy đăng nhập lại.'
          : 'Không thêm được: mã truy cập không đúng hoặc không phải mã cán bộ.', null, message);
      if (tokenField) {
        tokenField.focus();
      }
    } else if (status === 403) {
      finish(row, 'failed', 'Không thêm được: máy chủ từ chối yêu cầu. Hãy tải lại trang rồi thử lại.', null, message);
    } else if (status === 413) {
      finish(row, 'failed', 'Không thêm được: tệp lớn hơn ' + megabytes(maxBytes) + '.', null, message);
    } else if (status === 0) {
      finish(row, 'failed', 'Không thêm được: mất kết nối tới máy chủ.');
    } else {
      finish(row, 'failed', 'Không thêm được: máy chủ báo lỗi ' + status + '.', null, message);
    }
  }

  function send(row) {
    running++;
    var xhr = new XMLHttpRequest();
    var data = new FormData();
    data.append('files', row.file, row.file.name);
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrf) {
      xhr.setRequestHeader('X-CSRF-Token', csrf);
    } else if (tokenField) {
      xhr.setRequestHeader('Authorization', 'Bearer ' + tokenField.value.trim());
    }
    row.li.className = 'upload-item sending';
    row.state.textContent = 'Đang tải lên… 0%';
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        var percent = Math.round(e.loaded * 100 / e.total);
        row.bar.value = percent;
        row.state.textContent = 'Đang tải lên… ' + percent + '%';
      }
    };
    xhr.upload.onload = function () {
      row.bar.value = 100;
      row.state.textContent = 'Đã gửi xong, máy chủ đang đọc tệp…';
    };
    xhr.onload = function () {
      var body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (ignored) {
        body = null;
      }
      if (body && body.files && body.files.length) {
        showOutcome(row, body.files[0]);
      } else {
        showHttpError(row, xhr.status, body);
      }
      done();
    };
    xhr.onerror = function () {
      showHttpError(row, 0, null);
      done();
    };
    xhr.send(data);
  }

  function done() {
    running--;
    pump();
  }

  function pump() {
    while (running < PARALLEL && queue.length) {
      send(queue.shift());
    }
  }

  function enqueue(files) {
    if (!files || !files.length) {
      return;
    }
    if (!csrf && tokenField && !tokenField.value.trim()) {
      showError('Hãy nhập mã truy cập (hoặc đăng nhập) trước khi chọn tệp.');
      tokenField.focus();
      return;
    }
    showError('');
    for (var i = 0; i < files.length; i++) {
      var row = addRow(files[i]);
      if (maxBytes && files[i].size > maxBytes) {
        finish(row, 'failed', 'Không thêm được: tệp lớn hơn ' + megabytes(maxBytes) + '.');
      } else {
        queue.push(row);
      }
    }
    pump();
  }

  input.addEventListener('change', function () {
    enqueue(input.files);
    input.value = '';
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    enqueue(input.files);
  });
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (e) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      zone.classList.add('over');
    });
  });
  zone.addEventListener('dragleave', function (e) {
    if (!zone.contains(e.relatedTarget)) {
      zone.classList.remove('over');
    }
  });
  zone.addEventListener('drop', function (e) {
    e.preventDefault();
    zone.classList.remove('over');
    enqueue(e.dataTransfer.files);
  });
  // A file dropped beside the zone must not make the browser leave the page to open it.
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) { e.preventDefault(); });
}());
