// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import "./HubBase.sol";

/// @title HubEscrow: escrow, asset registries, categories, scores and governance.
/// @notice Last module of the delegation chain: an unknown function ends here.
contract HubEscrow is HubBase, IHubEscrow {
    fallback() external {
        revert("hub: unknown function");
    }

    // ---------------------------------------------------------------- governance

    function token() external view returns (address) {
        return address(_token);
    }

    function owner() external view returns (address) {
        return _owner;
    }

    function transferOwnership(address newOwner) external {
        require(msg.sender == _owner, "hub: not the hub owner");
        require(newOwner != address(0), "hub: new owner is the zero address");
        emit OwnershipTransferred(_owner, newOwner);
        _owner = newOwner;
    }

    // ---------------------------------------------------------------- escrow

    function deposit(uint256 amount) external {
        _deposit(amount, msg.sender);
    }

    function depositFor(uint256 amount, address target) external {
        require(target != address(0), "hub: deposit for the zero address");
        _deposit(amount, target);
    }

    function _deposit(uint256 amount, address target) private {
        require(amount > 0, "hub: zero amount");
        Account storage acc = _accounts[target];
        require(uint256(acc.balance) + amount <= type(uint128).max, "hub: amount too large");
        require(_token.transferFrom(msg.sender, address(this), amount), "hub: token transfer failed");
        acc.balance += uint128(amount);
        emit Deposit(target, amount);
        _emitAccount(target, acc);
    }

    function withdraw(uint256 amount) external {
        require(amount > 0, "hub: zero amount");
        Account storage acc = _accounts[msg.sender];
        require(acc.balance >= amount, "hub: insufficient balance");
        acc.balance -= uint128(amount);
        emit Withdraw(msg.sender, amount);
        _emitAccount(msg.sender, acc);
        require(_token.transfer(msg.sender, amount), "hub: token transfer failed");
    }

    function viewAccount(address account) external view returns (AccountView memory) {
        Account storage acc = _accounts[account];
        return AccountView({balance: acc.balance, frozen: acc.frozen});
    }

    function pot() external view returns (uint256) {
        return _pot;
    }

    function viewScore(address worker) external view returns (uint256) {
        return _scores[worker];
    }

    // ---------------------------------------------------------------- categories

    function createCategory(string calldata name, string calldata description, uint256 timeRef) external returns (uint256 id) {
        require(msg.sender == _owner, "hub: not the hub owner");
        require(bytes(name).length > 0, "hub: empty name");
        // At most 2^24 − 1 s (194 days): a deal keeps it in 24 bits, beside its batched flag.
        require(timeRef > 0 && timeRef <= type(uint24).max, "hub: reference time out of range");
        id = _categories.length;
        if (timeRef > _maxTimeRef) _maxTimeRef = timeRef; // the unbonding delay follows it
        _categories.push(Category({timeRef: timeRef, name: name, description: description}));
        emit CategoryCreated(id, name, description, timeRef);
    }

    function countCategory() external view returns (uint256) {
        return _categories.length;
    }

    function viewCategory(uint256 id) external view returns (CategoryView memory) {
        require(id < _categories.length, "hub: unknown category");
        Category storage c = _categories[id];
        return CategoryView({name: c.name, description: c.description, timeRef: c.timeRef});
    }

    // ---------------------------------------------------------------- registries

    function _assetId(uint8 kind, address creator, string calldata name) private pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode(kind, creator, name)))));
    }

    function createApp(string calldata name, uint8 kind, string calldata uri, bytes32 checksum, bytes calldata extra)
        external
        returns (address app)
    {
        require(bytes(name).length > 0, "hub: empty name");
        require(kind == 1 || kind == 2, "hub: app kind must be 1 (wasm) or 2 (oci)");
        require(bytes(uri).length > 0, "hub: empty uri");
        require(checksum != bytes32(0), "hub: empty checksum");
        app = _assetId(KIND_APP, msg.sender, name);
        App storage a = _apps[app];
        require(a.owner == address(0), "hub: app already registered");
        a.owner = msg.sender;
        a.kind = kind;
        a.checksum = checksum;
        a.metaHash = keccak256(abi.encode(name, uri, extra));
        emit AppCreated(app, msg.sender, kind, name, uri, checksum, extra);
    }

    function viewApp(address app) external view returns (AppView memory) {
        App storage a = _apps[app];
        require(a.owner != address(0), "hub: app not registered");
        return AppView({owner: a.owner, kind: a.kind, checksum: a.checksum, metaHash: a.metaHash});
    }

    function createDataset(string calldata name, string calldata uri, bytes32 checksum) external returns (address dataset) {
        require(bytes(name).length > 0, "hub: empty name");
        require(bytes(uri).length > 0, "hub: empty uri");
        require(checksum != bytes32(0), "hub: empty checksum");
        dataset = _assetId(KIND_DATASET, msg.sender, name);
        Dataset storage d = _datasets[dataset];
        require(d.owner == address(0), "hub: dataset already registered");
        d.owner = msg.sender;
        d.checksum = checksum;
        d.metaHash = keccak256(abi.encode(name, uri));
        emit DatasetCreated(dataset, msg.sender, name, uri, checksum);
    }

    function viewDataset(address dataset) external view returns (DatasetView memory) {
        Dataset storage d = _datasets[dataset];
        require(d.owner != address(0), "hub: dataset not registered");
        return DatasetView({owner: d.owner, checksum: d.checksum, metaHash: d.metaHash});
    }

    function createWorkerpool(string calldata description, uint256 workerStakeRatio, uint256 schedulerRewardRatio)
        external
        returns (address workerpool)
    {
        require(bytes(description).length > 0, "hub: empty description");
        _checkPolicy(workerStakeRatio, schedulerRewardRatio);
        workerpool = _assetId(KIND_WORKERPOOL, msg.sender, description);
        Workerpool storage p = _workerpools[workerpool];
        require(p.owner == address(0), "hub: workerpool already registered");
        p.owner = msg.sender;
        p.workerStakeRatio = uint8(workerStakeRatio);
        p.schedulerRewardRatio = uint8(schedulerRewardRatio);
        p.metaHash = keccak256(abi.encode(description));
        emit WorkerpoolCreated(workerpool, msg.sender, description, workerStakeRatio, schedulerRewardRatio);
    }

    function viewWorkerpool(address workerpool) external view returns (WorkerpoolView memory) {
        Workerpool storage p = _workerpools[workerpool];
        require(p.owner != address(0), "hub: workerpool not registered");
        return WorkerpoolView({
            owner: p.owner,
            workerStakeRatio: p.workerStakeRatio,
            schedulerRewardRatio: p.schedulerRewardRatio,
            metaHash: p.metaHash
        });
    }

    function setWorkerpoolPolicy(address workerpool, uint256 workerStakeRatio, uint256 schedulerRewardRatio) external {
        Workerpool storage p = _workerpools[workerpool];
        require(p.owner != address(0), "hub: workerpool not registered");
        require(p.owner == msg.sender, "hub: not the workerpool owner");
        _checkPolicy(workerStakeRatio, schedulerRewardRatio);
        p.workerStakeRatio = uint8(workerStakeRatio);
        p.schedulerRewardRatio = uint8(schedulerRewardRatio);
        emit WorkerpoolPolicyUpdated(workerpool, workerStakeRatio, schedulerRewardRatio);
    }

    function _checkPolicy(uint256 workerStakeRatio, uint256 schedulerRewardRatio) private pure {
        require(workerStakeRatio <= 100, "hub: worker stake ratio above 100");
        require(schedulerRewardRatio <= 100, "hub: scheduler reward ratio above 100");
    }

    function transferApp(address app, address newOwner) external {
        App storage a = _apps[app];
        require(a.owner != address(0), "hub: app not registered");
        require(a.owner == msg.sender, "hub: not the app owner");
        require(newOwner != address(0), "hub: new owner is the zero address");
        a.owner = newOwner;
        emit AssetTransferred(app, msg.sender, newOwner);
    }

    function transferDataset(address dataset, address newOwner) external {
        Dataset storage d = _datasets[dataset];
        require(d.owner != address(0), "hub: dataset not registered");
        require(d.owner == msg.sender, "hub: not the dataset owner");
        require(newOwner != address(0), "hub: new owner is the zero address");
        d.owner = newOwner;
        emit AssetTransferred(dataset, msg.sender, newOwner);
    }

    function transferWorkerpool(address workerpool, address newOwner) external {
        Workerpool storage p = _workerpools[workerpool];
        require(p.owner != address(0), "hub: workerpool not registered");
        require(p.owner == msg.sender, "hub: not the workerpool owner");
        require(newOwner != address(0), "hub: new owner is the zero address");
        p.owner = newOwner;
        emit AssetTransferred(workerpool, msg.sender, newOwner);
    }
}
