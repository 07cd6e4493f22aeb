// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import "./HubBase.sol";

/// @title HubMarket: EIP-712 orders (hashing, presign, cancel) and matchOrders.
/// @notice Calls for functions it does not have are delegated to the next module.
contract HubMarket is HubBase, IHubMarket {
    bytes32 internal constant APPORDER_TYPEHASH = keccak256(
        "AppOrder(address app,uint256 appprice,uint256 volume,bytes32 tag,address datasetrestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
    );
    bytes32 internal constant DATASETORDER_TYPEHASH = keccak256(
        "DatasetOrder(address dataset,uint256 datasetprice,uint256 volume,bytes32 tag,address apprestrict,address workerpoolrestrict,address requesterrestrict,bytes32 salt)"
    );
    bytes32 internal constant WORKERPOOLORDER_TYPEHASH = keccak256(
        "WorkerpoolOrder(address workerpool,uint256 workerpoolprice,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address apprestrict,address datasetrestrict,address requesterrestrict,bytes32 salt)"
    );
    bytes32 internal constant REQUESTORDER_TYPEHASH = keccak256(
        "RequestOrder(address app,uint256 appmaxprice,address dataset,uint256 datasetmaxprice,address workerpool,uint256 workerpoolmaxprice,address requester,uint256 volume,bytes32 tag,uint256 category,uint256 trust,address beneficiary,address callback,string params,bytes32 salt)"
    );

    address private immutable _next;

    constructor(address next) {
        _next = next;
    }

    fallback() external {
        _delegate(_next);
    }

    // ---------------------------------------------------------------- hashing

    function domainSeparator() external view returns (bytes32) {
        return _domainSeparator();
    }

    function hashAppOrder(AppOrder calldata o) public view returns (bytes32) {
        return _typedDataHash(
            keccak256(
                abi.encode(
                    APPORDER_TYPEHASH,
                    o.app,
                    o.appprice,
                    o.volume,
                    o.tag,
                    o.datasetrestrict,
                    o.workerpoolrestrict,
                    o.requesterrestrict,
                    o.salt
                )
            )
        );
    }

    function hashDatasetOrder(DatasetOrder calldata o) public view returns (bytes32) {
        return _typedDataHash(
            keccak256(
                abi.encode(
                    DATASETORDER_TYPEHASH,
                    o.dataset,
                    o.datasetprice,
                    o.volume,
                    o.tag,
                    o.apprestrict,
                    o.workerpoolrestrict,
                    o.requesterrestrict,
                    o.salt
                )
            )
        );
    }

    function hashWorkerpoolOrder(WorkerpoolOrder calldata o) public view returns (bytes32) {
        return _typedDataHash(
            keccak256(
                abi.encode(
                    WORKERPOOLORDER_TYPEHASH,
                    o.workerpool,
                    o.workerpoolprice,
                    o.volume,
                    o.tag,
                    o.category,
                    o.trust,
                    o.apprestrict,
                    o.datasetrestrict,
                    o.requesterrestrict,
                    o.salt
                )
            )
        );
    }

    function hashRequestOrder(RequestOrder calldata o) public view returns (bytes32) {
        bytes memory head = abi.encode(
            REQUESTORDER_TYPEHASH,
            o.app,
            o.appmaxprice,
            o.dataset,
            o.datasetmaxprice,
            o.workerpool,
            o.workerpoolmaxprice,
            o.requester,
            o.volume
        );
        bytes memory tail = abi.encode(
            o.tag, o.category, o.trust, o.beneficiary, o.callback, keccak256(bytes(o.params)), o.salt
        );
        return _typedDataHash(keccak256(bytes.concat(head, tail)));
    }

    function viewConsumed(bytes32 orderHash) external view returns (uint256) {
        return _consumed[orderHash];
    }

    function viewPresigned(bytes32 orderHash) external view returns (bool) {
        return _presigned[orderHash];
    }

    // ---------------------------------------------------------------- presign and cancel

    function presignAppOrder(AppOrder calldata o) external {
        _requireOwner(_apps[o.app].owner, "hub: not the app owner");
        _presign(hashAppOrder(o));
    }

    function presignDatasetOrder(DatasetOrder calldata o) external {
        _requireOwner(_datasets[o.dataset].owner, "hub: not the dataset owner");
        _presign(hashDatasetOrder(o));
    }

    function presignWorkerpoolOrder(WorkerpoolOrder calldata o) external {
        _requireOwner(_workerpools[o.workerpool].owner, "hub: not the workerpool owner");
        _presign(hashWorkerpoolOrder(o));
    }

    function presignRequestOrder(RequestOrder calldata o) external {
        _requireOwner(o.requester, "hub: not the requester");
        _presign(hashRequestOrder(o));
    }

    function cancelAppOrder(AppOrder calldata o) external {
        _requireOwner(_apps[o.app].owner, "hub: not the app owner");
        _cancel(hashAppOrder(o), o.volume);
    }

    function cancelDatasetOrder(DatasetOrder calldata o) external {
        _requireOwner(_datasets[o.dataset].owner, "hub: not the dataset owner");
        _cancel(hashDatasetOrder(o), o.volume);
    }

    function cancelWorkerpoolOrder(WorkerpoolOrder calldata o) external {
        _requireOwner(_workerpools[o.workerpool].owner, "hub: not the workerpool owner");
        _cancel(hashWorkerpoolOrder(o), o.volume);
    }

    function cancelRequestOrder(RequestOrder calldata o) external {
        _requireOwner(o.requester, "hub: not the requester");
        _cancel(hashRequestOrder(o), o.volume);
    }

    function _requireOwner(address expected, string memory reason) private view {
        require(expected != address(0) && expected == msg.sender, reason);
    }

    function _presign(bytes32 h) private {
        require(!_presigned[h], "hub: order already presigned");
        _presigned[h] = true;
        emit OrderPresigned(h, msg.sender);
    }

    function _cancel(bytes32 h, uint256 volume) private {
        require(_consumed[h] < volume, "hub: order already cancelled or consumed");
        _consumed[h] = volume;
        emit OrderCancelled(h, msg.sender);
    }

    // ---------------------------------------------------------------- matching

    /// @dev Owners and hashes gathered by the checks, passed to the writing step.
    struct Matched {
        address appOwner;
        address datasetOwner;
        address poolOwner;
        uint256 workerStakeRatio;
        uint256 schedulerRewardRatio;
        bytes32 appHash;
        bytes32 datasetHash;
        bytes32 poolHash;
        bytes32 requestHash;
        uint256 volume;
        uint256 timeRef;
    }

    function matchOrders(AppOrder calldata a, DatasetOrder calldata d, WorkerpoolOrder calldata w, RequestOrder calldata r)
        external
        returns (bytes32 dealid)
    {
        bool hasDataset = r.dataset != address(0);
        _checkTerms(a, d, w, r, hasDataset);
        Matched memory m = _checkAssetsAndSignatures(a, d, w, r, hasDataset);
        m.volume = _volume(a, d, w, r, m, hasDataset);

        uint256 consumedBefore = _consumed[m.requestHash];
        dealid = keccak256(abi.encodePacked(m.requestHash, consumedBefore));
        _consumed[m.appHash] += m.volume;
        if (hasDataset) _consumed[m.datasetHash] += m.volume;
        _consumed[m.poolHash] += m.volume;
        _consumed[m.requestHash] = consumedBefore + m.volume;

        uint256 datasetPrice = hasDataset ? d.datasetprice : 0;
        _lock(r.requester, (a.appprice + datasetPrice + w.workerpoolprice) * m.volume, "hub: requester balance too low for the deal");
        _lock(m.poolOwner, (w.workerpoolprice * SCHEDULER_STAKE_RATIO / 100) * m.volume, "hub: scheduler balance too low for its stake");

        _storeDeal(dealid, a, w, r, m, datasetPrice);
        emit OrdersMatched(dealid, m.appHash, m.datasetHash, m.poolHash, m.requestHash, m.volume);
        emit DealCreated(
            dealid, w.workerpool, r.requester, r.app, r.dataset, r.category, r.trust, r.tag, r.beneficiary, r.callback, r.params, consumedBefore, m.volume
        );
    }

    function _checkTerms(AppOrder calldata a, DatasetOrder calldata d, WorkerpoolOrder calldata w, RequestOrder calldata r, bool hasDataset)
        private
        view
    {
        require(r.category < _categories.length, "hub: unknown category");
        require(r.category == w.category, "hub: category mismatch");
        require(r.trust <= w.trust, "hub: workerpool order trust below request trust");
        require(r.trust <= type(uint24).max, "hub: trust too large");
        require(r.app == a.app, "hub: app mismatch");
        require(r.dataset == d.dataset, "hub: dataset mismatch");
        require(r.workerpool == address(0) || r.workerpool == w.workerpool, "hub: workerpool mismatch");
        require(r.appmaxprice >= a.appprice, "hub: app price above request maximum");
        require(r.workerpoolmaxprice >= w.workerpoolprice, "hub: workerpool price above request maximum");
        require(a.appprice <= type(uint64).max && w.workerpoolprice <= type(uint64).max, "hub: price too large");
        bytes32 required = a.tag | r.tag;
        if (hasDataset) {
            require(r.datasetmaxprice >= d.datasetprice, "hub: dataset price above request maximum");
            require(d.datasetprice <= type(uint64).max, "hub: price too large");
            required |= d.tag;
            require(d.apprestrict == address(0) || d.apprestrict == a.app, "hub: dataset order restricts the app");
            require(d.workerpoolrestrict == address(0) || d.workerpoolrestrict == w.workerpool, "hub: dataset order restricts the workerpool");
            require(d.requesterrestrict == address(0) || d.requesterrestrict == r.requester, "hub: dataset order restricts the requester");
        }
        require(required & ~w.tag == bytes32(0), "hub: workerpool order lacks a required tag");
        require(a.datasetrestrict == address(0) || a.datasetrestrict == r.dataset, "hub: app order restricts the dataset");
        require(a.workerpoolrestrict == address(0) || a.workerpoolrestrict == w.workerpool, "hub: app order restricts the workerpool");
        require(a.requesterrestrict == address(0) || a.requesterrestrict == r.requester, "hub: app order restricts the requester");
        require(w.apprestrict == address(0) || w.apprestrict == a.app, "hub: workerpool order restricts the app");
        require(w.datasetrestrict == address(0) || w.datasetrestrict == r.dataset, "hub: workerpool order restricts the dataset");
        require(w.requesterrestrict == address(0) || w.requesterrestrict == r.requester, "hub: workerpool order restricts the requester");
    }

    function _checkAssetsAndSignatures(
        AppOrder calldata a,
        DatasetOrder calldata d,
        WorkerpoolOrder calldata w,
        RequestOrder calldata r,
        bool hasDataset
    ) private view returns (Matched memory m) {
        m.appOwner = _apps[a.app].owner;
        require(m.appOwner != address(0), "hub: app not registered");
        if (hasDataset) {
            m.datasetOwner = _datasets[d.dataset].owner;
            require(m.datasetOwner != address(0), "hub: dataset not registered");
        }
        Workerpool storage p = _workerpools[w.workerpool];
        m.poolOwner = p.owner;
        require(m.poolOwner != address(0), "hub: workerpool not registered");
        m.workerStakeRatio = p.workerStakeRatio;
        m.schedulerRewardRatio = p.schedulerRewardRatio;
        m.timeRef = _categories[r.category].timeRef;

        m.appHash = hashAppOrder(a);
        require(_verify(m.appOwner, m.appHash, a.sign), "hub: invalid app order signature");
        if (hasDataset) {
            m.datasetHash = hashDatasetOrder(d);
            require(_verify(m.datasetOwner, m.datasetHash, d.sign), "hub: invalid dataset order signature");
        }
        m.poolHash = hashWorkerpoolOrder(w);
        require(_verify(m.poolOwner, m.poolHash, w.sign), "hub: invalid workerpool order signature");
        m.requestHash = hashRequestOrder(r);
        require(_verify(r.requester, m.requestHash, r.sign), "hub: invalid request order signature");
    }

    function _volume(AppOrder calldata a, DatasetOrder calldata d, WorkerpoolOrder calldata w, RequestOrder calldata r, Matched memory m, bool hasDataset)
        private
        view
        returns (uint256 v)
    {
        v = _remaining(a.volume, m.appHash);
        if (hasDataset) v = _min(v, _remaining(d.volume, m.datasetHash));
        v = _min(v, _remaining(w.volume, m.poolHash));
        v = _min(v, _remaining(r.volume, m.requestHash));
        require(v > 0, "hub: an order is fully consumed or cancelled");
        require(v <= type(uint32).max, "hub: volume too large");
    }

    function _remaining(uint256 volume, bytes32 h) private view returns (uint256) {
        uint256 used = _consumed[h];
        return volume > used ? volume - used : 0;
    }

    function _min(uint256 x, uint256 y) private pure returns (uint256) {
        return x < y ? x : y;
    }

    function _storeDeal(bytes32 dealid, AppOrder calldata a, WorkerpoolOrder calldata w, RequestOrder calldata r, Matched memory m, uint256 datasetPrice)
        private
    {
        Deal storage deal = _deals[dealid];
        deal.requester = r.requester;
        deal.volume = uint32(m.volume);
        deal.trust = uint24(r.trust);
        deal.startTime = uint40(block.timestamp);
        deal.appOwner = m.appOwner;
        deal.appPrice = uint64(a.appprice);
        deal.timeRef = uint24(m.timeRef);
        deal.datasetOwner = m.datasetOwner;
        deal.datasetPrice = uint64(datasetPrice);
        deal.category = uint32(r.category);
        deal.scheduler = m.poolOwner;
        deal.poolPrice = uint64(w.workerpoolprice);
        deal.workerStakeRatio = uint8(m.workerStakeRatio);
        deal.schedulerRewardRatio = uint8(m.schedulerRewardRatio);
        if (r.callback != address(0)) deal.callback = r.callback;
        if (w.tag & TAG_BATCHED != 0) {
            deal.batched = true;
            deal.workerpool = w.workerpool;
        }
    }

    function viewDeal(bytes32 dealid) external view returns (DealView memory v) {
        Deal storage d = _deals[dealid];
        require(d.requester != address(0), "hub: unknown deal");
        v.requester = d.requester;
        v.volume = d.volume;
        v.trust = d.trust;
        v.startTime = d.startTime;
        v.category = d.category;
        v.timeRef = d.timeRef;
        v.appOwner = d.appOwner;
        v.appPrice = d.appPrice;
        v.datasetOwner = d.datasetOwner;
        v.datasetPrice = d.datasetPrice;
        v.scheduler = d.scheduler;
        v.workerpoolPrice = d.poolPrice;
        v.workerStakeRatio = d.workerStakeRatio;
        v.schedulerRewardRatio = d.schedulerRewardRatio;
        v.schedulerStake = uint256(d.poolPrice) * SCHEDULER_STAKE_RATIO / 100;
        v.workerStake = uint256(d.poolPrice) * d.workerStakeRatio / 100;
        v.callback = d.callback;
        v.batched = d.batched;
        v.workerpool = d.workerpool;
    }
}
